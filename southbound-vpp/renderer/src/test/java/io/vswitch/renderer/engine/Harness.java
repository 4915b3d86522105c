package io.vswitch.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.api.RetryPolicy;
import io.vswitch.renderer.api.StatusBatch;
import io.vswitch.renderer.api.StatusListener;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.api.TransactionResult;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A scheduler for node vpp1 over a fake dataplane and a fake clock, with helpers that wait for its answers.
 */
final class Harness implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(1);

    final FakeTime time = new FakeTime();
    final FakeDataplane dataplane = new FakeDataplane();
    final List<StatusBatch> batches = new ArrayList<>();
    final List<ResyncResult> resyncs = new ArrayList<>();
    final NodeScheduler scheduler;

    Harness() {
        this(TestDescriptors.all());
    }

    Harness(final List<Descriptor<?>> descriptors) {
        this(descriptors, new RetryPolicy(Duration.ofMillis(100), 2, Duration.ofSeconds(1), 4));
    }

    Harness(final List<Descriptor<?>> descriptors, final RetryPolicy retryPolicy) {
        scheduler = NodeScheduler.builder(Values.NODE)
            .descriptors(descriptors)
            .timekeeper(time)
            .retryPolicy(retryPolicy)
            .callTimeout(Duration.ofSeconds(5))
            .statusListener(new StatusListener() {
                @Override
                public void onStatusChanged(final StatusBatch batch) {
                    synchronized (batches) {
                        batches.add(batch);
                    }
                }

                @Override
                public void onResyncFinished(final ResyncResult result) {
                    synchronized (resyncs) {
                        resyncs.add(result);
                    }
                }
            })
            .build();
    }

    static <T> T await(final CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no answer", e);
        }
    }

    ResyncResult connect() {
        return await(scheduler.onConnected(dataplane));
    }

    TransactionResult apply(final Transaction txn) {
        return await(scheduler.submit(txn));
    }

    TransactionResult put(final ItemKey key, final Object value) {
        return apply(Transaction.builder("put " + key).put(key, value).build());
    }

    TransactionResult delete(final ItemKey key) {
        return apply(Transaction.builder("delete " + key).delete(key).build());
    }

    /** Waits until everything handed in so far is done. */
    void settle() {
        await(scheduler.barrier());
    }

    /** Moves the fake clock, then waits for whatever it triggered. */
    void advance(final Duration delta) {
        time.advance(delta);
        settle();
    }

    ItemStatus status(final ItemKey key) {
        return scheduler.status(key).orElseThrow(() -> new AssertionError("no status for " + key));
    }

    void assertState(final ItemState expected, final ItemKey... keys) {
        for (var key : keys) {
            assertEquals(expected, status(key).state(), () -> "status of " + key + ": " + status(key));
        }
    }

    void assertApplied(final ItemKey... keys) {
        assertState(ItemState.APPLIED, keys);
    }

    void assertPending(final ItemKey key, final String reasonPart) {
        final var status = status(key);
        assertEquals(ItemState.PENDING, status.state(), status::toString);
        assertTrue(status.reason().contains(reasonPart), () -> "reason of " + status + " lacks '" + reasonPart + "'");
    }

    /** Polls a condition with a deadline; for things that happen on the scheduler's thread without a stage. */
    static void eventually(final BooleanSupplier condition, final String what) {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    List<StatusBatch> batches() {
        synchronized (batches) {
            return List.copyOf(batches);
        }
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
