package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.Values.iface;
import static io.vswitch.renderer.engine.Values.route;
import static io.vswitch.renderer.engine.Values.vrf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.engine.Values.Iface;
import io.vswitch.renderer.engine.Values.Route;
import io.vswitch.renderer.engine.Values.Vrf;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.VppError;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A failed call marks its item failed with VPP's error, leaves unrelated items alone, keeps dependents pending,
 * and is retried with backoff when the error may pass.
 */
class FailureTest {
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
    void oneFailingItemNeitherBlocksNorRollsBackTheOthers() {
        harness.dataplane.failAlways(Operation.CREATE, iface("bad"), FakeVppException.permanent(-1, "unspecified"));
        final var txn = Transaction.builder("ten and a route");
        for (int i = 0; i < 9; i++) {
            txn.put(iface("good" + i), Iface.loopback());
        }
        txn.put(iface("bad"), Iface.loopback("10.0.0.1/24"));
        txn.put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "bad"));

        final var result = harness.apply(txn.build());

        assertEquals(10, result.calls());
        assertEquals(1, result.failedCalls());
        for (int i = 0; i < 9; i++) {
            harness.assertApplied(iface("good" + i));
        }
        final var bad = harness.status(iface("bad"));
        assertEquals(ItemState.FAILED, bad.state());
        assertNotNull(bad.error());
        assertEquals(-1, bad.error().retval());
        assertEquals("fake_call", bad.error().messageName());
        assertEquals(Operation.CREATE, bad.error().operation());
        assertTrue(bad.reason().contains("unspecified"), bad::toString);
        harness.assertPending(route("10.1.0.0/16"), "waits for interface vpp1/interfaces/bad (failed)");
        harness.assertPending(Values.address("bad", "10.0.0.1/24"), "(failed)");
    }

    @Test
    void aFailedItemIsTriedAgainWhenPutAgain() {
        harness.dataplane.failNext(Operation.CREATE, iface("eth0"), FakeVppException.permanent(-1, "no"));
        harness.put(iface("eth0"), Iface.loopback());
        harness.assertState(ItemState.FAILED, iface("eth0"));

        harness.put(iface("eth0"), Iface.loopback());
        harness.assertApplied(iface("eth0"));
    }

    @Test
    void retriableErrorsAreRetriedWithExponentialBackoff() {
        harness.dataplane.failNext(Operation.CREATE, iface("eth0"), FakeVppException.transientError("busy"),
            FakeVppException.transientError("busy"));
        harness.apply(Transaction.builder("iface and route").put(iface("eth0"), Iface.loopback())
            .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0")).build());

        var status = harness.status(iface("eth0"));
        assertEquals(ItemState.RETRYING, status.state());
        assertEquals(1, status.attempts());
        assertEquals(harness.time.now().plusMillis(100), status.nextAttempt());
        harness.assertPending(route("10.1.0.0/16"), "(retrying)");

        harness.advance(Duration.ofMillis(99));
        assertEquals(1, harness.dataplane.count(Operation.CREATE));
        harness.advance(Duration.ofMillis(1));
        assertEquals(2, harness.dataplane.count(Operation.CREATE));
        status = harness.status(iface("eth0"));
        assertEquals(ItemState.RETRYING, status.state());
        assertEquals(2, status.attempts());
        assertEquals(harness.time.now().plusMillis(200), status.nextAttempt());

        harness.advance(Duration.ofMillis(200));
        harness.assertApplied(iface("eth0"), route("10.1.0.0/16"));
        assertEquals(0, harness.status(iface("eth0")).attempts());
        assertNull(harness.status(iface("eth0")).error());
        assertEquals(4, harness.dataplane.count(Operation.CREATE));
    }

    @Test
    void retriesStopAtTheLimit() {
        harness.dataplane.failAlways(Operation.CREATE, iface("eth0"), FakeVppException.transientError("busy"));
        harness.put(iface("eth0"), Iface.loopback());
        for (int i = 0; i < 10; i++) {
            harness.advance(Duration.ofSeconds(1));
        }
        final var status = harness.status(iface("eth0"));
        assertEquals(ItemState.FAILED, status.state());
        assertEquals(4, status.attempts());
        assertNull(status.nextAttempt());
        assertEquals(4, harness.dataplane.count(Operation.CREATE));
    }

    @Test
    void aFailedDeleteKeepsTheItemAndWhatItStandsOn() {
        harness.apply(Transaction.builder("setup").put(vrf(7), new Vrf(7)).put(iface("eth0"),
            Iface.loopback().withVrf(7)).build());
        harness.dataplane.failAlways(Operation.DELETE, iface("eth0"), FakeVppException.permanent(-3, "busy"));

        final var result = harness.apply(Transaction.builder("delete").delete(iface("eth0")).delete(vrf(7)).build());

        assertEquals(1, result.calls());
        final var status = harness.status(iface("eth0"));
        assertEquals(ItemState.FAILED, status.state());
        assertFalse(status.desired());
        assertTrue(status.reason().startsWith("removal delete failed"), status::toString);
        harness.assertPending(vrf(7), "removal waits for the items created on it to be removed");
        assertEquals(Set.of(vrf(7), iface("eth0")), harness.dataplane.keys());

        harness.dataplane.stopFailing(Operation.DELETE, iface("eth0"));
        final var resync = Harness.await(harness.scheduler.resync());
        assertEquals(2, resync.deletes());
        assertEquals(Set.of(), harness.dataplane.keys());
        assertEquals(Set.of(), harness.scheduler.statuses().keySet());
    }

    @Test
    void aCallWithoutAnswerTimesOutAndIsRetried() {
        harness.dataplane.hold(true);
        final var pending = harness.scheduler.submit(Transaction.builder("lost").put(iface("eth0"),
            Iface.loopback()).build());
        Harness.eventually(() -> harness.dataplane.heldCount() == 1, "the call issued");
        Harness.eventually(() -> harness.time.untilNextTask().compareTo(Duration.ofSeconds(5)) <= 0,
            "the call's deadline set");

        harness.time.advance(Duration.ofSeconds(5));
        final var result = Harness.await(pending);
        assertEquals(ItemState.RETRYING, result.statuses().get(iface("eth0")).state());
        assertTrue(result.statuses().get(iface("eth0")).reason().contains("no answer within 5000 ms"));

        // the request was lost on the way; the retry goes through
        harness.dataplane.failHeld(new IllegalStateException("lost"));
        harness.dataplane.hold(false);
        harness.advance(Duration.ofMillis(100));
        harness.assertApplied(iface("eth0"));
    }

    @Test
    void aDescriberReadsVppDetailsOutOfForeignExceptions() {
        final class ForeignException extends RuntimeException {
            private static final long serialVersionUID = 1L;

            ForeignException() {
                super("sw_interface_set_mtu failed: retval -24");
            }
        }

        final var descriptor = new TestDescriptors.Base<>("thing", String.class) {
            @Override
            public boolean handles(final ItemKey key) {
                return true;
            }

            @Override
            public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final String value) {
                return CompletableFuture.failedFuture(new ForeignException());
            }
        };
        try (var scheduler = NodeScheduler.builder("vpp1").descriptors(descriptor).timekeeper(harness.time)
                .errorDescriber(error -> error instanceof ForeignException
                    ? Optional.of(VppError.of(-24, "sw_interface_set_mtu")) : Optional.empty())
                .build()) {
            Harness.await(scheduler.onConnected(harness.dataplane));
            final var result = Harness.await(scheduler.submit(Transaction.builder("t")
                .put(ItemKey.of("vpp1", "x"), "y").build()));
            final var error = result.statuses().get(ItemKey.of("vpp1", "x")).error();
            assertNotNull(error);
            assertEquals(-24, error.retval());
            assertEquals("sw_interface_set_mtu", error.messageName());
        }
    }

    @Test
    void aDescriberThatThrowsOrADescriptorThatThrowsIsContained() {
        final var descriptor = new TestDescriptors.Base<>("thrower", String.class) {
            @Override
            public boolean handles(final ItemKey key) {
                return true;
            }

            @Override
            public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final String value) {
                throw new IllegalStateException("bug in descriptor");
            }
        };
        try (var scheduler = NodeScheduler.builder("vpp1").descriptors(descriptor).timekeeper(harness.time)
                .errorDescriber(error -> {
                    throw new IllegalStateException("bug in describer");
                })
                .build()) {
            Harness.await(scheduler.onConnected(harness.dataplane));
            final var result = Harness.await(scheduler.submit(Transaction.builder("t")
                .put(ItemKey.of("vpp1", "x"), "y").put(ItemKey.of("vpp1", "z"), "w").build()));
            assertEquals(2, result.failedCalls());
            assertTrue(result.statuses().values().stream().allMatch(s -> s.state() == ItemState.FAILED
                && s.reason().contains("bug in descriptor")));
            assertEquals(List.of(), harness.dataplane.calls());
        }
    }
}
