package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.Values.address;
import static io.vswitch.renderer.engine.Values.iface;
import static io.vswitch.renderer.engine.Values.route;
import static io.vswitch.renderer.engine.Values.vrf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.engine.Values.Address;
import io.vswitch.renderer.engine.Values.Iface;
import io.vswitch.renderer.engine.Values.Route;
import io.vswitch.renderer.engine.Values.Vrf;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plans put dependencies first on create and last on delete, whatever the order of the transaction, and issue
 * independent calls without waiting for each other.
 */
class OrderingTest {
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
    void createsDependenciesFirstWhateverTheTransactionOrder() {
        final var result = harness.apply(Transaction.builder("all at once")
            .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0"))
            .put(iface("eth0"), Iface.loopback("10.0.0.1/24").withVrf(7))
            .put(vrf(7), new Vrf(7))
            .build());

        assertTrue(result.allApplied(), result.statuses()::toString);
        assertEquals(4, result.calls());
        final var calls = harness.dataplane.calls();
        assertTrue(calls.indexOf("CREATE " + vrf(7)) < calls.indexOf("CREATE " + iface("eth0")), calls::toString);
        assertTrue(calls.indexOf("CREATE " + iface("eth0")) < calls.indexOf("CREATE " + route("10.1.0.0/16")));
        assertTrue(calls.indexOf("CREATE " + iface("eth0")) < calls.indexOf("CREATE " + address("eth0",
            "10.0.0.1/24")));
        harness.assertApplied(vrf(7), iface("eth0"), address("eth0", "10.0.0.1/24"), route("10.1.0.0/16"));
    }

    @Test
    void derivedItemsAreItemsOfTheirOwnCreatedWithTheParentsMetadata() {
        harness.put(iface("eth0"), Iface.loopback("10.0.0.1/24", "2001:db8::1/64"));

        final var ifaceIndex = harness.dataplane.entry(iface("eth0")).index();
        for (var ip : List.of("10.0.0.1/24", "2001:db8::1/64")) {
            final var entry = harness.dataplane.entry(address("eth0", ip));
            assertEquals(new Address(ip), entry.value());
            assertEquals(Set.of(iface("eth0")), entry.requires());
            final var status = harness.status(address("eth0", ip));
            assertTrue(status.isApplied());
            assertEquals(iface("eth0"), status.derivedFrom());
        }
        assertTrue(ifaceIndex > 0);
    }

    @Test
    void deletesDependentsBeforeTheirDependencies() {
        harness.apply(Transaction.builder("setup")
            .put(vrf(7), new Vrf(7))
            .put(iface("eth0"), Iface.loopback("10.0.0.1/24").withVrf(7))
            .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0"))
            .build());
        harness.dataplane.clearCalls();

        final var result = harness.apply(Transaction.builder("all gone")
            .delete(vrf(7)).delete(iface("eth0")).delete(route("10.1.0.0/16")).build());

        // the fake refuses to delete what is still in use: success proves the order
        assertEquals(0, result.failedCalls(), harness.dataplane.calls()::toString);
        assertEquals(4, result.calls());
        assertEquals(Set.of(), harness.dataplane.keys());
        assertEquals(Set.of(), harness.scheduler.statuses().keySet());
        final var calls = harness.dataplane.calls();
        assertEquals("DELETE " + vrf(7), calls.get(calls.size() - 1));
    }

    @Test
    void independentCreatesAreIssuedTogether() {
        harness.dataplane.hold(true);
        final var txn = Transaction.builder("100 loopbacks");
        for (int i = 0; i < 100; i++) {
            txn.put(iface("loop" + i), Iface.loopback());
        }
        final var pending = harness.scheduler.submit(txn.build());

        Harness.eventually(() -> harness.dataplane.heldCount() == 100, "100 calls in flight at once");
        harness.dataplane.releaseAll();
        final var result = Harness.await(pending);
        assertTrue(result.allApplied());
        assertEquals(100, result.calls());
    }

    @Test
    void aChainIsIssuedOneLinkAtATimeWhileUnrelatedItemsGoAhead() {
        harness.dataplane.hold(true);
        final var pending = harness.scheduler.submit(Transaction.builder("chain and loners")
            .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0"))
            .put(iface("eth0"), Iface.loopback().withVrf(7))
            .put(vrf(7), new Vrf(7))
            .put(iface("loner1"), Iface.loopback())
            .put(iface("loner2"), Iface.loopback())
            .build());

        Harness.eventually(() -> harness.dataplane.heldCount() == 3, "vrf and both loners issued");
        assertEquals(Set.of("CREATE " + vrf(7), "CREATE " + iface("loner1"), "CREATE " + iface("loner2")),
            Set.copyOf(harness.dataplane.calls()));
        harness.dataplane.release(3);
        Harness.eventually(() -> harness.dataplane.heldCount() == 1, "the interface issued");
        assertEquals("CREATE " + iface("eth0"), harness.dataplane.calls().get(3));
        harness.dataplane.release(1);
        Harness.eventually(() -> harness.dataplane.heldCount() == 1, "the route issued");
        harness.dataplane.release(1);
        assertTrue(Harness.await(pending).allApplied());
        assertEquals(5, harness.dataplane.count(Operation.CREATE));
    }

    @Test
    void statusChangesAreReportedOnceBatchedPerPlan() {
        final int before = harness.batches().size();
        harness.apply(Transaction.builder("three").put(iface("a"), Iface.loopback("10.0.0.1/24"))
            .put(iface("b"), Iface.loopback()).build());
        final var batches = harness.batches().subList(before, harness.batches().size());
        assertEquals(1, batches.size());
        assertEquals(3, batches.get(0).changed().size());

        // the same again: nothing changes, nothing is reported
        harness.put(iface("b"), Iface.loopback());
        assertEquals(before + 1, harness.batches().size());

        harness.delete(iface("a"));
        final var last = harness.batches().get(harness.batches().size() - 1);
        assertEquals(Set.of(iface("a"), address("a", "10.0.0.1/24")), Set.copyOf(last.removed()));
    }

    @Test
    void applyContextOffersOnlyDependenciesMetadata() {
        harness.put(iface("eth0"), Iface.loopback("10.0.0.1/24"));
        // the address descriptor read the interface's index through the context: it exists with that index
        assertEquals(Set.of(iface("eth0")), harness.dataplane.entry(address("eth0", "10.0.0.1/24")).requires());
        assertEquals(Operation.CREATE.name() + " " + address("eth0", "10.0.0.1/24"),
            harness.dataplane.calls().get(1));
    }
}
