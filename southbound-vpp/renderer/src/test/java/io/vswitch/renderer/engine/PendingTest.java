package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.Values.address;
import static io.vswitch.renderer.engine.Values.iface;
import static io.vswitch.renderer.engine.Values.route;
import static io.vswitch.renderer.engine.Values.vrf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.engine.Values.Iface;
import io.vswitch.renderer.engine.Values.Route;
import io.vswitch.renderer.engine.Values.Vrf;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An item whose dependency is missing waits, saying for what, and is created the moment the dependency is; when
 * the dependency goes, the item leaves the dataplane first and waits again.
 */
class PendingTest {
    private Harness harness;

    @BeforeEach
    void setUp() {
        harness = new Harness();
        harness.connect();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void waitsForAMissingDependencyNamingIt() {
        final var result = harness.put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0"));

        assertEquals(0, result.calls());
        harness.assertPending(route("10.1.0.0/16"), "waits for interface vpp1/interfaces/eth0 (not configured)");
        assertTrue(harness.dataplane.keys().isEmpty());
    }

    @Test
    void isCreatedTheMomentItsDependencyIs() {
        harness.put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0"));

        final var result = harness.put(iface("eth0"), Iface.loopback());

        assertEquals(2, result.calls());
        harness.assertApplied(iface("eth0"), route("10.1.0.0/16"));
        assertEquals(List.of("CREATE " + iface("eth0"), "CREATE " + route("10.1.0.0/16")), harness.dataplane.calls());
    }

    @Test
    void pendingPropagatesAlongAChainAndResolvesAlongIt() {
        harness.put(iface("eth0"), Iface.loopback("10.0.0.1/24").withVrf(5));

        harness.assertPending(iface("eth0"), "waits for vrf 5 (not configured)");
        harness.assertPending(address("eth0", "10.0.0.1/24"), "waits for interface vpp1/interfaces/eth0 (pending)");

        harness.put(vrf(5), new Vrf(5));
        harness.assertApplied(vrf(5), iface("eth0"), address("eth0", "10.0.0.1/24"));
    }

    @Test
    void removingADependencyRemovesDependentsFirstAndLeavesThemPending() {
        harness.apply(Transaction.builder("setup").put(iface("eth0"), Iface.loopback("10.0.0.1/24"))
            .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0")).build());
        harness.dataplane.clearCalls();

        final var result = harness.delete(iface("eth0"));

        assertEquals(0, result.failedCalls(), harness.dataplane.calls()::toString);
        assertEquals(Set.of(), harness.dataplane.keys());
        harness.assertPending(route("10.1.0.0/16"), "waits for interface vpp1/interfaces/eth0 (not configured)");
        assertEquals("DELETE " + iface("eth0"), harness.dataplane.calls().get(2));
        assertFalse(harness.scheduler.status(address("eth0", "10.0.0.1/24")).isPresent());

        harness.put(iface("eth0"), Iface.loopback());
        harness.assertApplied(iface("eth0"), route("10.1.0.0/16"));
    }

    @Test
    void anItemNobodyHandlesWaitsForADescriptor() {
        final var key = ItemKey.of(Values.NODE, "acls", "a1");
        harness.put(key, "deny all");
        harness.assertPending(key, "no descriptor handles this item");
    }

    @Test
    void aValueOfTheWrongTypeFails() {
        harness.put(iface("eth0"), "not an interface");
        final var status = harness.status(iface("eth0"));
        assertEquals(ItemState.FAILED, status.state());
        assertTrue(status.reason().contains("takes Iface"), status::toString);
    }

    @Test
    void aDependencyCycleLeavesBothPendingAndSaysSo() {
        final var descriptors = new ArrayList<Descriptor<?>>(TestDescriptors.all());
        descriptors.add(new TestDescriptors.Base<>("peer", String.class) {
            @Override
            public boolean handles(final ItemKey key) {
                return key.relativePath().startsWith("peers/");
            }

            @Override
            public List<Dependency> dependencies(final ItemKey key, final String value) {
                return List.of(Dependency.on(ItemKey.of(Values.NODE, "peers", value), "peer " + value));
            }
        });
        try (var cyclic = new Harness(descriptors)) {
            cyclic.connect();
            final var result = cyclic.apply(Transaction.builder("cycle")
                .put(ItemKey.of(Values.NODE, "peers", "a"), "b").put(ItemKey.of(Values.NODE, "peers", "b"), "a")
                .build());
            assertEquals(0, result.calls());
            final var reasons = result.statuses().values().stream().map(s -> s.reason()).toList();
            assertTrue(reasons.stream().anyMatch(r -> r.contains("dependency cycle")), reasons::toString);
            assertTrue(result.statuses().values().stream().allMatch(s -> s.state() == ItemState.PENDING));
        }
    }

    @Test
    void derivedItemsFollowTheirParentsValue() {
        harness.put(iface("eth0"), Iface.loopback("10.0.0.1/24", "10.0.0.2/24"));
        harness.dataplane.clearCalls();

        final var result = harness.put(iface("eth0"), Iface.loopback("10.0.0.2/24", "10.0.0.3/24"));

        assertEquals(Set.of("DELETE " + address("eth0", "10.0.0.1/24"), "CREATE " + address("eth0", "10.0.0.3/24")),
            Set.copyOf(harness.dataplane.calls()));
        assertEquals(2, result.calls());
        assertEquals(Set.of(iface("eth0"), address("eth0", "10.0.0.2/24"), address("eth0", "10.0.0.3/24")),
            harness.dataplane.keys());
        assertEquals(0, harness.dataplane.count(Operation.UPDATE));
    }
}
