package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.Values.address;
import static io.vswitch.renderer.engine.Values.iface;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.engine.Values.Iface;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand independent items in one transaction: all applied, each with exactly one call; the log entry keeps
 * its counts exact and its lists bounded. (Speed is for the benchmark.)
 */
class ScaleTest {
    private static final int COUNT = 10_000;

    @Test
    void tenThousandLoopbacksWithAnAddressEachInOneTransaction() {
        try (var harness = new Harness()) {
            harness.connect();
            final var txn = Transaction.builder("10k loopbacks");
            for (int i = 0; i < COUNT; i++) {
                txn.put(iface("loop" + i), Iface.loopback("10." + i / 250 + "." + i % 250 + ".1/32"));
            }

            final var result = harness.apply(txn.build());

            assertEquals(2 * COUNT, result.calls());
            assertEquals(0, result.failedCalls());
            assertEquals(2 * COUNT, result.statuses().size());
            assertTrue(result.allApplied());
            assertEquals(2 * COUNT, harness.dataplane.keys().size());
            assertEquals(2 * COUNT, harness.dataplane.count(Operation.CREATE));
            assertTrue(harness.dataplane.keys().contains(address("loop9999", "10.39.249.1/32")));
            final var record = harness.scheduler.history(1).get(0);
            assertEquals(2 * COUNT, record.callCount());
            assertEquals(2 * COUNT, record.planSize());
            assertEquals(COUNT, record.changeCount());
            assertEquals(1000, record.calls().size());
            assertEquals("20000 applied", record.outcome());

            final var again = Harness.await(harness.scheduler.resync());
            assertEquals(0, again.calls());
            assertEquals(2 * COUNT, again.retrieved());

            final var delete = Transaction.builder("all gone");
            for (int i = 0; i < COUNT; i++) {
                delete.delete(iface("loop" + i));
            }
            final var deleted = harness.apply(delete.build());
            assertEquals(2 * COUNT, deleted.calls());
            assertEquals(0, deleted.failedCalls());
            assertTrue(harness.dataplane.keys().isEmpty());
            assertTrue(harness.scheduler.statuses().isEmpty());
        }
    }
}
