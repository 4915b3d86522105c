package io.vswitch.renderer.odl.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.spi.ItemKey;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesiredItemsTest {
    private static final ItemKey LOOP0 = ItemKey.of("vpp1", "interfaces", "loop0");
    private static final ItemKey MEMIF1 = ItemKey.of("vpp1", "interfaces", "memif1");
    private static final ItemKey MEMIF2 = ItemKey.of("vpp1", "interfaces", "memif2");
    private static final ItemKey SOCKET = ItemKey.of("vpp1", "memif-sockets", "a.sock");

    private final DesiredItems<String, String> desired = new DesiredItems<>();

    private DesiredItems.Changes run(final java.util.function.Consumer<DesiredItems.ChangeCollector> update) {
        final DesiredItems.ChangeCollector collector = new DesiredItems.ChangeCollector();
        update.accept(collector);
        return collector.changes();
    }

    @Test
    void entryPutThenChangedThenRemoved() {
        var changes = run(out -> desired.setEntry("e-loop0", "interfaces", Map.of(LOOP0, "v1"), out));
        assertEquals(Map.of(LOOP0, "v1"), changes.puts());
        changes = run(out -> desired.setEntry("e-loop0", "interfaces", Map.of(LOOP0, "v2"), out));
        assertEquals(Map.of(LOOP0, "v2"), changes.puts());
        assertTrue(changes.deletes().isEmpty());
        changes = run(out -> desired.removeEntry("e-loop0", out));
        assertEquals(Set.of(LOOP0), changes.deletes());
        assertEquals(0, desired.itemCount());
    }

    @Test
    void sharedItemStaysWhileAnyProducerDoes() {
        var changes = run(out -> {
            desired.setEntry("e-memif1", "interfaces", Map.of(MEMIF1, "m1", SOCKET, "s"), out);
            desired.setEntry("e-memif2", "interfaces", Map.of(MEMIF2, "m2", SOCKET, "s"), out);
        });
        assertEquals(Map.of(MEMIF1, "m1", MEMIF2, "m2", SOCKET, "s"), changes.puts());
        assertEquals(Set.of("e-memif1", "e-memif2"), desired.producers(SOCKET));
        changes = run(out -> desired.removeEntry("e-memif1", out));
        assertEquals(Set.of(MEMIF1), changes.deletes());
        changes = run(out -> desired.removeEntry("e-memif2", out));
        assertEquals(Set.of(MEMIF2, SOCKET), changes.deletes());
    }

    @Test
    void entryThatStopsProducingAnItemReleasesIt() {
        run(out -> desired.setEntry("e-memif1", "interfaces", Map.of(MEMIF1, "m1", SOCKET, "s"), out));
        final var changes = run(out -> desired.setEntry("e-memif1", "interfaces", Map.of(MEMIF1, "m1b"), out));
        assertEquals(Map.of(MEMIF1, "m1b"), changes.puts());
        assertEquals(Set.of(SOCKET), changes.deletes());
    }

    @Test
    void replaceGroupDeletesMissingEntriesAndLeavesOtherGroups() {
        run(out -> {
            desired.setEntry("e-loop0", "interfaces", Map.of(LOOP0, "v"), out);
            desired.setEntry("e-memif1", "interfaces", Map.of(MEMIF1, "m1"), out);
            desired.setEntry("e-route", "routes", Map.of(ItemKey.of("vpp1", "routes", "r"), "r"), out);
        });
        final var changes = run(out -> desired.replaceGroup("interfaces",
            Map.of("e-loop0", Map.of(LOOP0, "v"), "e-memif2", Map.of(MEMIF2, "m2")), out));
        assertEquals(Set.of(MEMIF1), changes.deletes());
        // loop0 is put again (same value) so that a failed item gets retried; memif2 is new.
        assertEquals(Map.of(LOOP0, "v", MEMIF2, "m2"), changes.puts());
        assertEquals(3, desired.itemCount());
    }
}
