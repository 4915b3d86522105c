package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.Values.address;
import static io.vswitch.renderer.engine.Values.iface;
import static io.vswitch.renderer.engine.Values.route;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.api.TransactionResult;
import io.vswitch.renderer.engine.Values.Iface;
import io.vswitch.renderer.engine.Values.Route;
import io.vswitch.renderer.spi.ItemKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While disconnected, items wait; a disconnect in the middle of a plan leaves a state from which the resync on
 * the next connect converges, whether the dataplane kept its state, did more than it answered, or restarted empty.
 */
class DisconnectTest {
    private static final int COUNT = 10;

    private Harness harness;

    @BeforeEach
    void setUp() {
        harness = new Harness();
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private static Transaction tenInterfacesWithRoutes() {
        final var txn = Transaction.builder("ten interfaces, each with an address and a route");
        for (int i = 0; i < COUNT; i++) {
            txn.put(iface("eth" + i), Iface.loopback("10.0." + i + ".1/24"));
            txn.put(route("10." + (100 + i) + ".0.0/16"), new Route("10." + (100 + i) + ".0.0/16", "eth" + i));
        }
        return txn.build();
    }

    private static Set<ItemKey> allKeys() {
        final var keys = new HashSet<ItemKey>();
        for (int i = 0; i < COUNT; i++) {
            keys.add(iface("eth" + i));
            keys.add(address("eth" + i, "10.0." + i + ".1/24"));
            keys.add(route("10." + (100 + i) + ".0.0/16"));
        }
        return keys;
    }

    /** Starts the plan, lets four interfaces through, then holds their dependents' calls in flight. */
    private CompletionStage<TransactionResult> startAndStopHalfway() {
        harness.connect();
        harness.dataplane.hold(true);
        final var pending = harness.scheduler.submit(tenInterfacesWithRoutes());
        Harness.eventually(() -> harness.dataplane.heldCount() == COUNT, "the interfaces issued");
        harness.dataplane.release(4);
        Harness.eventually(() -> harness.dataplane.heldCount() == COUNT - 4 + 8, "their dependents issued");
        harness.scheduler.onDisconnected("socket closed");
        return pending;
    }

    private void assertConverged() {
        assertEquals(allKeys(), harness.dataplane.keys());
        assertEquals(allKeys(), harness.scheduler.statuses().keySet());
        assertTrue(harness.scheduler.statuses().values().stream().allMatch(s -> s.isApplied()),
            harness.scheduler.statuses()::toString);
    }

    @Test
    void theDataplaneKeptItsStateAndLostTheAnswers() {
        final var pending = startAndStopHalfway();
        harness.dataplane.failHeld(new IllegalStateException("session closed"));
        final var result = Harness.await(pending);
        assertTrue(harness.scheduler.history(1).get(0).outcome().contains("cut short"),
            harness.scheduler.history(1).get(0)::describe);
        assertTrue(result.statuses().values().stream().noneMatch(s -> s.state() == ItemState.FAILED),
            result.statuses()::toString);
        harness.assertPending(iface("eth9"), "node not connected (socket closed)");
        harness.assertApplied(iface("eth0"));

        harness.dataplane.hold(false);
        harness.dataplane.clearCalls();
        final var resync = harness.connect();

        assertEquals(0, resync.failedCalls(), harness.dataplane.calls()::toString);
        assertEquals(allKeys().size() - 4, resync.creates());
        assertConverged();
    }

    @Test
    void theDataplaneDidMoreThanItAnswered() {
        final var pending = startAndStopHalfway();
        harness.dataplane.failHeldAfterDoing(new IllegalStateException("session closed"));
        Harness.await(pending);

        harness.dataplane.hold(false);
        harness.dataplane.clearCalls();
        final var resync = harness.connect();

        // what the dataplane did without telling is found, not created twice
        assertEquals(0, resync.failedCalls(), harness.dataplane.calls()::toString);
        assertEquals(allKeys().size() - 4 - 14, resync.creates());
        assertConverged();
    }

    @Test
    void theDataplaneRestartedEmpty() {
        final var pending = startAndStopHalfway();
        harness.dataplane.failHeld(new IllegalStateException("session closed"));
        Harness.await(pending);
        harness.dataplane.restart();

        harness.dataplane.hold(false);
        final var resync = harness.connect();

        assertEquals(allKeys().size(), resync.creates());
        assertEquals(0, resync.failedCalls());
        assertConverged();
    }

    @Test
    void aReconnectBeforeTheOldCallsAnsweredStillConverges() {
        final var pending = startAndStopHalfway();
        harness.dataplane.hold(false);
        final var resync = harness.scheduler.onConnected(harness.dataplane);
        // the old calls answer only now; the resync waits for the cut plan to finish
        harness.dataplane.failHeldAfterDoing(new IllegalStateException("session closed"));
        Harness.await(pending);
        assertEquals(0, Harness.await(resync).failedCalls(), harness.dataplane.calls()::toString);
        assertConverged();
    }

    @Test
    void changesWhileDisconnectedWaitAndApplyOnConnect() {
        harness.connect();
        harness.put(iface("old"), Iface.loopback());
        harness.scheduler.onDisconnected("VPP restarted");
        harness.dataplane.restart();
        harness.dataplane.seed(iface("old"), Iface.loopback(), true, Set.of());

        final var result = harness.apply(Transaction.builder("offline").put(iface("eth0"), Iface.loopback())
            .delete(iface("old")).build());

        assertEquals(0, result.calls());
        harness.assertPending(iface("eth0"), "node not connected (VPP restarted)");
        final var old = harness.status(iface("old"));
        assertFalse(old.desired());
        assertTrue(old.reason().contains("removal waits for node not connected"), old::toString);
        assertFalse(harness.scheduler.isConnected());

        harness.connect();
        assertEquals(Set.of(iface("eth0")), harness.dataplane.keys());
        harness.assertApplied(iface("eth0"));
        assertFalse(harness.scheduler.status(iface("old")).isPresent());
    }

    @Test
    void nothingIsCalledWhileDisconnectedEvenWhenRetriesFallDue() {
        harness.connect();
        harness.dataplane.failNext(Operation.CREATE, iface("eth0"), FakeVppException.transientError("busy"));
        harness.put(iface("eth0"), Iface.loopback());
        harness.assertState(ItemState.RETRYING, iface("eth0"));
        harness.scheduler.onDisconnected("gone");
        harness.settle();
        harness.dataplane.clearCalls();

        harness.advance(Duration.ofSeconds(10));
        assertEquals(List.of(), harness.dataplane.calls());
        harness.assertPending(iface("eth0"), "node not connected (gone)");

        harness.connect();
        harness.assertApplied(iface("eth0"));
    }

    @Test
    void aResyncWhileDisconnectedSaysSo() {
        final var result = Harness.await(harness.scheduler.resync());
        assertFalse(result.complete());
        assertTrue(result.errors().get(0).contains("node not connected"), result.errors()::toString);
    }
}
