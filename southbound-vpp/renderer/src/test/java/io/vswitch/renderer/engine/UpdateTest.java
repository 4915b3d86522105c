package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.Values.address;
import static io.vswitch.renderer.engine.Values.iface;
import static io.vswitch.renderer.engine.Values.route;
import static io.vswitch.renderer.engine.Values.vrf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.engine.Values.Iface;
import io.vswitch.renderer.engine.Values.Route;
import io.vswitch.renderer.engine.Values.Vrf;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Value changes: in place where the descriptor can, by recreate (dependents too) where it cannot, and not at all
 * where nothing changed.
 */
class UpdateTest {
    private Harness harness;

    @BeforeEach
    void setUp() {
        harness = new Harness();
        harness.connect();
        harness.apply(Transaction.builder("setup")
            .put(iface("eth0"), Iface.loopback("10.0.0.1/24"))
            .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0"))
            .put(iface("other"), Iface.loopback())
            .build());
        harness.dataplane.clearCalls();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void theSameValueAgainCostsNothing() {
        final var result = harness.put(iface("eth0"), Iface.loopback("10.0.0.1/24"));
        assertEquals(0, result.calls());
        assertEquals(List.of(), harness.dataplane.calls());
    }

    @Test
    void updatesInPlaceLeavingDependentsAlone() {
        final var result = harness.put(iface("eth0"), Iface.loopback("10.0.0.1/24").withMtu(9000));

        assertEquals(List.of("UPDATE " + iface("eth0")), harness.dataplane.calls());
        assertEquals(1, result.calls());
        assertEquals(9000, ((Iface) harness.dataplane.entry(iface("eth0")).value()).mtu());
        harness.assertApplied(iface("eth0"), route("10.1.0.0/16"), address("eth0", "10.0.0.1/24"));
    }

    @Test
    void recreateTakesDependentsDownFirstAndBringsThemBackAfter() {
        final int oldIndex = harness.dataplane.entry(iface("eth0")).index();

        final var result = harness.put(iface("eth0"), Iface.loopback("10.0.0.1/24").withType("memif"));

        assertEquals(0, result.failedCalls(), harness.dataplane.calls()::toString);
        final var calls = harness.dataplane.calls();
        assertEquals(6, calls.size(), calls::toString);
        final int ifaceDelete = calls.indexOf("DELETE " + iface("eth0"));
        final int ifaceCreate = calls.indexOf("CREATE " + iface("eth0"));
        assertTrue(calls.indexOf("DELETE " + route("10.1.0.0/16")) < ifaceDelete);
        assertTrue(calls.indexOf("DELETE " + address("eth0", "10.0.0.1/24")) < ifaceDelete);
        assertTrue(ifaceDelete < ifaceCreate);
        assertTrue(ifaceCreate < calls.indexOf("CREATE " + route("10.1.0.0/16")));
        assertTrue(ifaceCreate < calls.indexOf("CREATE " + address("eth0", "10.0.0.1/24")));
        // the address was created with the new interface's index, not the stale one
        assertNotEquals(oldIndex, harness.dataplane.entry(iface("eth0")).index());
        harness.assertApplied(iface("eth0"), route("10.1.0.0/16"), address("eth0", "10.0.0.1/24"));
        assertTrue(harness.scheduler.history(1).get(0).plan().stream()
            .anyMatch(op -> op.note().contains("is recreated")));
    }

    @Test
    void aDependentsNewDependencyIsCreatedBeforeItsUpdateAndTheOldOneDeletedAfter() {
        harness.apply(Transaction.builder("vrf 1").put(vrf(1), new Vrf(1))
            .put(iface("eth0"), Iface.loopback("10.0.0.1/24").withVrf(1)).build());
        harness.dataplane.clearCalls();

        final var result = harness.apply(Transaction.builder("move to vrf 2").delete(vrf(1)).put(vrf(2), new Vrf(2))
            .put(iface("eth0"), Iface.loopback("10.0.0.1/24").withVrf(2)).build());

        assertEquals(0, result.failedCalls(), harness.dataplane.calls()::toString);
        assertEquals(List.of("CREATE " + vrf(2), "UPDATE " + iface("eth0"), "DELETE " + vrf(1)),
            harness.dataplane.calls());
        harness.assertApplied(vrf(2), iface("eth0"), route("10.1.0.0/16"));
    }

    @Test
    void aNoopPolicyRecordsTheValueWithoutACall() {
        // only the derived addresses differ: the interface itself needs no call
        final var result = harness.put(iface("eth0"), Iface.loopback());
        assertEquals(List.of("DELETE " + address("eth0", "10.0.0.1/24")), harness.dataplane.calls());
        assertEquals(1, result.calls());
        harness.assertApplied(iface("eth0"));
        assertEquals(0, harness.dataplane.count(Operation.UPDATE));
    }

    @Test
    void replaceAllDeletesWhatItDoesNotName() {
        final var result = harness.apply(Transaction.builder("whole state")
            .put(iface("eth0"), Iface.loopback("10.0.0.1/24")).replaceAll().build());
        assertEquals(0, result.failedCalls());
        assertEquals(Set.of(iface("eth0"), address("eth0", "10.0.0.1/24")), harness.dataplane.keys());
        assertEquals(Set.of(iface("eth0"), address("eth0", "10.0.0.1/24")),
            harness.scheduler.statuses().keySet());
    }

    @Test
    void anUpdateAnsweringNoMetadataKeepsTheOldOne() {
        final var descriptors = new java.util.ArrayList<io.vswitch.renderer.spi.Descriptor<?>>(TestDescriptors.all());
        descriptors.set(0, new TestDescriptors.IfaceDescriptor() {
            @Override
            public java.util.concurrent.CompletionStage<io.vswitch.renderer.spi.Metadata> update(
                    final io.vswitch.renderer.spi.ApplyContext ctx, final io.vswitch.renderer.spi.ItemKey key,
                    final Iface oldValue, final Iface newValue, final io.vswitch.renderer.spi.Metadata metadata) {
                return super.update(ctx, key, oldValue, newValue, metadata).thenApply(ignored -> null);
            }
        });
        harness.scheduler.setDescriptors(descriptors);
        harness.settle();

        harness.put(iface("eth0"), Iface.loopback("10.0.0.1/24").withMtu(9000));
        harness.put(iface("eth0"), Iface.loopback("10.0.0.1/24", "10.0.0.2/24").withMtu(9000));

        // the new address was created with the interface's index, still known
        harness.assertApplied(address("eth0", "10.0.0.2/24"));
    }
}
