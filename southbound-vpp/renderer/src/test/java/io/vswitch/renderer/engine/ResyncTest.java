package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.Values.address;
import static io.vswitch.renderer.engine.Values.iface;
import static io.vswitch.renderer.engine.Values.route;
import static io.vswitch.renderer.engine.Values.vrf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.api.TransactionRecord;
import io.vswitch.renderer.engine.Values.Address;
import io.vswitch.renderer.engine.Values.Iface;
import io.vswitch.renderer.engine.Values.Route;
import io.vswitch.renderer.engine.Values.Vrf;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resync converges with the fewest calls: nothing when nothing differs, one create per missing item, one fix per
 * differing item, one delete per item of ours no longer desired, and nothing at all for foreign items.
 */
class ResyncTest {
    private Harness harness;

    @BeforeEach
    void setUp() {
        harness = new Harness();
        harness.connect();
        harness.apply(Transaction.builder("setup")
            .put(vrf(7), new Vrf(7))
            .put(iface("eth0"), Iface.loopback("10.0.0.1/24").withVrf(7))
            .put(iface("eth1"), Iface.loopback("10.0.1.1/24", "10.0.1.2/24"))
            .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0"))
            .build());
        harness.dataplane.clearCalls();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void nothingToDoCostsNoCall() {
        final var result = Harness.await(harness.scheduler.resync());
        assertTrue(result.complete());
        assertEquals(0, result.calls());
        assertEquals(List.of(), harness.dataplane.calls());
        assertEquals(7, result.retrieved());
        assertTrue(harness.scheduler.statuses().values().stream().allMatch(s -> s.isApplied()));
    }

    @Test
    void oneMissingItemCostsOneCreate() {
        harness.dataplane.removeBehindBack(address("eth1", "10.0.1.2/24"));
        final var result = Harness.await(harness.scheduler.resync());
        assertEquals(List.of("CREATE " + address("eth1", "10.0.1.2/24")), harness.dataplane.calls());
        assertEquals(1, result.creates());
        assertEquals(1, result.calls());
    }

    @Test
    void aMissingItemBringsBackWhatStoodOnIt() {
        harness.dataplane.removeBehindBack(iface("eth0"));
        final var result = Harness.await(harness.scheduler.resync());
        assertEquals(3, result.creates(), harness.dataplane.calls()::toString);
        assertEquals(0, result.deletes());
        assertEquals(Set.of(vrf(7), iface("eth0"), iface("eth1"), route("10.1.0.0/16"), address("eth0",
            "10.0.0.1/24"), address("eth1", "10.0.1.1/24"), address("eth1", "10.0.1.2/24")),
            harness.dataplane.keys());
    }

    @Test
    void aDifferingItemIsFixedInPlace() {
        harness.dataplane.seed(iface("eth1"), Iface.loopback().withMtu(1400), true, Set.of());
        final var result = Harness.await(harness.scheduler.resync());
        assertEquals(List.of("UPDATE " + iface("eth1")), harness.dataplane.calls());
        assertEquals(1, result.updates());
        assertEquals(1500, ((Iface) harness.dataplane.entry(iface("eth1")).value()).mtu());
        assertTrue(harness.scheduler.history(1).get(0).changes().stream()
            .anyMatch(c -> c.startsWith("differs on the node: " + iface("eth1"))));
    }

    @Test
    void foreignItemsAreLeftAlone() {
        harness.dataplane.seed(iface("local0"), new Iface("physical", 9000, List.of(), 0), false, Set.of());
        harness.dataplane.seed(address("local0", "192.168.0.1/24"), new Address("192.168.0.1/24"), false,
            Set.of(iface("local0")));
        harness.dataplane.seed(vrf(99), new Vrf(99), false, Set.of());

        final var result = Harness.await(harness.scheduler.resync());

        assertEquals(0, result.calls());
        assertTrue(harness.dataplane.keys().containsAll(Set.of(iface("local0"), vrf(99),
            address("local0", "192.168.0.1/24"))));
        assertFalse(harness.scheduler.status(iface("local0")).isPresent());
    }

    @Test
    void ownedItemsNoLongerDesiredAreDeletedDependentsFirst() {
        harness.dataplane.seed(iface("old"), Iface.loopback(), true, Set.of());
        harness.dataplane.seed(address("old", "172.16.0.1/16"), new Address("172.16.0.1/16"), true,
            Set.of(iface("old")));
        harness.dataplane.seed(address("eth1", "10.0.1.9/24"), new Address("10.0.1.9/24"), true,
            Set.of(iface("eth1")));

        final var result = Harness.await(harness.scheduler.resync());

        assertEquals(3, result.deletes());
        assertEquals(0, result.failedCalls(), harness.dataplane.calls()::toString);
        assertEquals(3, result.calls());
        assertFalse(harness.dataplane.keys().contains(iface("old")));
        assertFalse(harness.dataplane.keys().contains(address("eth1", "10.0.1.9/24")));
        assertTrue(harness.dataplane.keys().contains(address("eth1", "10.0.1.1/24")));
        assertEquals(TransactionRecord.Kind.RESYNC, harness.scheduler.history(1).get(0).kind());
    }

    @Test
    void aDesiredForeignItemIsAdoptedUpdatedButNeverDeleted() {
        harness.dataplane.seed(iface("GigabitEthernet0"), new Iface("physical", 1500, List.of(), 0), false,
            Set.of());
        Harness.await(harness.scheduler.resync());
        harness.dataplane.clearCalls();

        harness.put(iface("GigabitEthernet0"), new Iface("physical", 9000, List.of("10.9.0.1/24"), 0));
        assertEquals(Set.of("UPDATE " + iface("GigabitEthernet0"), "CREATE " + address("GigabitEthernet0",
            "10.9.0.1/24")), Set.copyOf(harness.dataplane.calls()));
        harness.assertApplied(iface("GigabitEthernet0"));

        harness.dataplane.clearCalls();
        harness.delete(iface("GigabitEthernet0"));
        // our address goes; the interface, not ours, is only forgotten
        assertEquals(List.of("DELETE " + address("GigabitEthernet0", "10.9.0.1/24")), harness.dataplane.calls());
        assertTrue(harness.dataplane.keys().contains(iface("GigabitEthernet0")));
        assertFalse(harness.scheduler.status(iface("GigabitEthernet0")).isPresent());
    }

    @Test
    void aDesiredForeignItemFoundAtResyncIsAdoptedWithoutACall() {
        harness.dataplane.seed(iface("GigabitEthernet0"), new Iface("physical", 1500, List.of(), 0), false,
            Set.of());
        harness.put(iface("GigabitEthernet0"), new Iface("physical", 1500, List.of(), 0));
        // the create failed: it was already there
        harness.assertState(ItemState.FAILED, iface("GigabitEthernet0"));
        harness.dataplane.clearCalls();

        final var result = Harness.await(harness.scheduler.resync());

        assertEquals(0, result.calls());
        harness.assertApplied(iface("GigabitEthernet0"));
    }

    @Test
    void aRestartedControllerFindsEverythingInPlaceAndCallsNothing() {
        final var desired = Transaction.builder("restart: whole desired state")
            .put(vrf(7), new Vrf(7))
            .put(iface("eth0"), Iface.loopback("10.0.0.1/24").withVrf(7))
            .put(iface("eth1"), Iface.loopback("10.0.1.1/24", "10.0.1.2/24"))
            .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0"))
            .replaceAll().build();
        harness.close();
        try (var restarted = new Harness()) {
            restarted.apply(desired);
            restarted.assertPending(iface("eth0"), "node not connected");
            // same dataplane as before
            final var result = Harness.await(restarted.scheduler.onConnected(harness.dataplane));
            assertEquals(0, result.calls());
            assertTrue(restarted.scheduler.statuses().values().stream().allMatch(s -> s.isApplied()));
            assertEquals(7, restarted.scheduler.statuses().size());
        }
    }

    @Test
    void aRestartedDataplaneIsRebuiltFromScratch() {
        harness.scheduler.onDisconnected("VPP restarted");
        harness.dataplane.restart();
        final var result = harness.connect();
        assertEquals(7, result.creates());
        assertEquals(0, result.deletes());
        assertEquals(0, result.failedCalls());
        assertEquals(7, harness.dataplane.keys().size());
        assertTrue(harness.scheduler.statuses().values().stream().allMatch(s -> s.isApplied()));
        assertEquals(result, harness.resyncs.get(harness.resyncs.size() - 1));
    }

    @Test
    void aFailedRetrieveLeavesThatKindAsBelievedAndReportsIt() {
        final var descriptors = new ArrayList<Descriptor<?>>();
        descriptors.add(new TestDescriptors.IfaceDescriptor());
        descriptors.add(new TestDescriptors.AddressDescriptor());
        descriptors.add(new TestDescriptors.RouteDescriptor());
        descriptors.add(new TestDescriptors.VrfDescriptor() {
            @Override
            public CompletionStage<List<RetrievedItem<Vrf>>> retrieve(final RetrieveContext ctx) {
                return CompletableFuture.failedFuture(new IllegalStateException("dump failed"));
            }
        });
        harness.scheduler.setDescriptors(descriptors);
        harness.settle();
        harness.dataplane.clearCalls();

        final var result = Harness.await(harness.scheduler.resync());

        assertFalse(result.complete());
        assertTrue(result.errors().get(0).contains("dump failed"), result.errors()::toString);
        // the VRF is believed applied: no create of it, nothing deleted
        assertEquals(0, result.calls(), harness.dataplane.calls()::toString);
        harness.assertApplied(vrf(7), iface("eth0"));
    }

    @Test
    void retrieveDependenciesAreRetrievedFirstAndVisible() {
        final var seen = new ArrayList<Integer>();
        final var descriptors = new ArrayList<Descriptor<?>>();
        descriptors.add(new TestDescriptors.AddressDescriptor());
        descriptors.add(new TestDescriptors.RouteDescriptor() {
            @Override
            public Set<String> retrieveDependencies() {
                return Set.of("interface");
            }

            @Override
            public CompletionStage<List<RetrievedItem<Route>>> retrieve(final RetrieveContext ctx) {
                seen.add(ctx.retrieved("interface").size());
                return super.retrieve(ctx);
            }
        });
        descriptors.add(new TestDescriptors.IfaceDescriptor());
        descriptors.add(new TestDescriptors.VrfDescriptor());
        harness.scheduler.setDescriptors(descriptors);
        harness.settle();
        // the interfaces as retrieved (their addresses are derived from them later)
        assertEquals(List.of(2), seen);
    }
}
