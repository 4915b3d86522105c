package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.Values.iface;
import static io.vswitch.renderer.engine.Values.route;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.api.TransactionRecord;
import io.vswitch.renderer.engine.Values.Iface;
import io.vswitch.renderer.engine.Values.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transaction log says what changed, the plan, and each call with its result; it keeps a bounded number of
 * entries.
 */
class TransactionLogTest {
    @Test
    void anEntryShowsChangesPlanAndCalls() {
        try (var harness = new Harness()) {
            harness.connect();
            harness.dataplane.failNext(Operation.CREATE, route("10.1.0.0/16"), FakeVppException.permanent(-7,
                "no such table"));
            harness.apply(Transaction.builder("datastore commit 42").put(iface("eth0"), Iface.loopback())
                .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0")).build());

            final var record = harness.scheduler.history(1).get(0);
            assertEquals(TransactionRecord.Kind.TRANSACTION, record.kind());
            assertEquals("datastore commit 42", record.description());
            assertEquals(List.of("put " + iface("eth0") + " = " + Iface.loopback(),
                "put " + route("10.1.0.0/16") + " = " + new Route("10.1.0.0/16", "eth0")), record.changes());
            assertEquals(List.of(iface("eth0"), route("10.1.0.0/16")),
                record.plan().stream().map(op -> op.key()).toList());
            assertEquals(2, record.callCount());
            assertEquals(1, record.failedCalls());
            final var failed = record.calls().get(1);
            assertFalse(failed.ok());
            assertNotNull(failed.error());
            assertEquals(-7, failed.error().retval());
            assertNull(record.calls().get(0).error());
            assertEquals("1 applied, 1 failed", record.outcome());
            final var text = record.describe();
            assertTrue(text.contains("datastore commit 42"), text);
            assertTrue(text.contains("CREATE vpp1/routes/10.1.0.0/16 [route] create failed"), text);
        }
    }

    @Test
    void theLogIsABoundedRing() {
        final var harness = new Harness();
        harness.close();
        try (var scheduler = NodeScheduler.builder("vpp1").descriptors(TestDescriptors.all())
                .timekeeper(harness.time).history(5, 10).build()) {
            Harness.await(scheduler.onConnected(harness.dataplane));
            for (int i = 0; i < 12; i++) {
                Harness.await(scheduler.submit(Transaction.builder("t" + i).put(iface("eth" + i),
                    Iface.loopback()).build()));
            }
            final var all = scheduler.history(100);
            assertEquals(5, all.size());
            assertEquals(List.of("t7", "t8", "t9", "t10", "t11"), all.stream().map(r -> r.description()).toList());
            assertEquals(List.of("t10", "t11"), scheduler.history(2).stream().map(r -> r.description()).toList());
            assertTrue(all.get(0).seq() < all.get(4).seq());
        }
    }

    @Test
    void resyncsAndRetriesAreLoggedToo() {
        try (var harness = new Harness()) {
            harness.connect();
            harness.dataplane.failNext(Operation.CREATE, iface("eth0"), FakeVppException.transientError("busy"));
            harness.put(iface("eth0"), Iface.loopback());
            harness.advance(java.time.Duration.ofMillis(100));
            final var kinds = harness.scheduler.history(10).stream().map(TransactionRecord::kind).toList();
            assertEquals(List.of(TransactionRecord.Kind.RESYNC, TransactionRecord.Kind.TRANSACTION,
                TransactionRecord.Kind.RETRY), kinds);
            final var resync = harness.scheduler.history(10).get(0);
            assertEquals(Operation.RETRIEVE, resync.calls().get(0).operation());
            assertEquals(4, resync.callCount());
        }
    }
}
