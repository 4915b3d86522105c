package io.vswitch.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.api.RetryPolicy;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.MetadataKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SPI's and API's value types.
 */
class ValueTypesTest {
    @Test
    void itemKeysSplitIntoNodeAndSegments() {
        final var key = ItemKey.of("vpp1", "interfaces", "loop0").child("address", "10.0.0.1/24");
        assertEquals("vpp1/interfaces/loop0/address/10.0.0.1/24", key.path());
        assertEquals("vpp1", key.node());
        assertEquals("interfaces/loop0/address/10.0.0.1/24", key.relativePath());
        assertEquals(List.of("interfaces", "loop0", "address", "10.0.0.1", "24"), key.relativeSegments());
        assertTrue(key.startsWith("vpp1/interfaces/loop0"));
        assertFalse(key.startsWith("vpp1/interfaces/loop"));
        assertTrue(key.startsWith(key));
        assertEquals("vpp1", new ItemKey("vpp1").node());
        assertEquals("", new ItemKey("vpp1").relativePath());
        assertThrows(IllegalArgumentException.class, () -> new ItemKey(""));
        assertThrows(IllegalArgumentException.class, () -> new ItemKey("/vpp1"));
        assertThrows(IllegalArgumentException.class, () -> new ItemKey("vpp1//x"));
        assertThrows(IllegalArgumentException.class, () -> new ItemKey("vpp1/x/"));
    }

    @Test
    void metadataIsATypedImmutableMap() {
        final var index = MetadataKey.of("sw_if_index", Integer.class);
        final var name = MetadataKey.of("vpp_name", String.class);
        final var metadata = Metadata.of(index, 5).with(name, "loop0");
        assertEquals(5, metadata.require(index));
        assertEquals(Optional.of("loop0"), metadata.get(name));
        assertEquals(Optional.empty(), Metadata.EMPTY.get(index));
        assertEquals(7, metadata.with(index, 7).require(index));
        assertEquals(5, metadata.require(index));
        assertThrows(IllegalStateException.class, () -> Metadata.EMPTY.require(index));
        assertEquals(Metadata.of(index, 5).with(name, "loop0"), metadata);
        @SuppressWarnings({"unchecked", "rawtypes"})
        final MetadataKey<Integer> wrong = (MetadataKey) MetadataKey.of("sw_if_index", String.class);
        assertThrows(IllegalArgumentException.class, () -> Metadata.EMPTY.with(wrong, 5));
    }

    @Test
    void retryBackoffGrowsToItsLimit() {
        final var policy = new RetryPolicy(Duration.ofMillis(100), 2, Duration.ofMillis(500), 5);
        assertEquals(Duration.ofMillis(100), policy.backoff(1));
        assertEquals(Duration.ofMillis(200), policy.backoff(2));
        assertEquals(Duration.ofMillis(400), policy.backoff(3));
        assertEquals(Duration.ofMillis(500), policy.backoff(4));
        assertTrue(policy.allowsRetry(4));
        assertFalse(policy.allowsRetry(5));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(1), 2,
            Duration.ofMillis(1), 1));
    }

    @Test
    void transactionsRefuseKeysOfOtherNodesAndContradictions() {
        final var key = ItemKey.of("vpp1", "x");
        assertThrows(IllegalArgumentException.class, () -> new Transaction(java.util.Map.of(key, "v"),
            java.util.Set.of(key), false, "both"));
        final var txn = Transaction.builder("last word wins").put(key, "v").delete(key).build();
        assertEquals(java.util.Set.of(key), txn.deletes());
        assertTrue(txn.puts().isEmpty());
        try (var scheduler = NodeScheduler.builder("vpp1").build()) {
            assertThrows(IllegalArgumentException.class, () -> scheduler.submit(Transaction.builder("other")
                .put(ItemKey.of("vpp2", "x"), "v").build()));
        }
        assertThrows(IllegalArgumentException.class, () -> NodeScheduler.builder("a/b"));
    }
}
