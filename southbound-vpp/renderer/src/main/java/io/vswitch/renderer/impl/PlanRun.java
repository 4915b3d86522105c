package io.vswitch.renderer.impl;

import static java.util.Objects.requireNonNull;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.renderer.api.CallRecord;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.Timekeeper;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one plan: issues every step whose predecessors are done, as many at once as allowed (deletes first among
 * the ready ones, so that a pipelined dataplane handles them before the creates issued with them), records each
 * completion in the graph, and skips the successors of a failed step. Stops issuing when its connection is no
 * longer current; finishes when nothing is in flight and nothing more can be issued. Confined to the scheduler's
 * thread (completions are handed back to it).
 */
@SuppressFBWarnings(value = {"NP_STORE_INTO_NONNULL_FIELD", "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR"},
    justification = "TYPE_USE @Nullable fields, which SpotBugs does not read")
final class PlanRun {
    private static final Logger LOG = LoggerFactory.getLogger(PlanRun.class);

    private final Plan plan;
    private final Connection connection;
    private final PlanHost host;
    private final Consumer<PlanRun> onFinished;
    private final ArrayDeque<Op> readyDeletes = new ArrayDeque<>();
    private final ArrayDeque<Op> readyUpdates = new ArrayDeque<>();
    private final ArrayDeque<Op> readyCreates = new ArrayDeque<>();
    private final LinkedHashSet<Op> inFlight = new LinkedHashSet<>();
    /** Completions handed back from other threads, drained on the scheduler's. */
    private final ConcurrentLinkedQueue<Completion> completions = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final long timeoutNanos;
    private int remaining;
    private int creates;
    private int updates;
    private int deletes;
    private int failedCalls;
    private Timekeeper.@Nullable Timer watchdog;
    private boolean finished;
    private boolean cutShort;

    PlanRun(final Plan plan, final Connection connection, final PlanHost host, final Consumer<PlanRun> onFinished) {
        this.plan = plan;
        this.connection = connection;
        this.host = host;
        this.onFinished = onFinished;
        timeoutNanos = host.callTimeout().toNanos();
    }

    void start() {
        remaining = plan.ops().size();
        for (var op : plan.ops()) {
            if (op.waits == 0) {
                ready(op);
            }
        }
        pump();
    }

    int calls() {
        return creates + updates + deletes;
    }

    int creates() {
        return creates;
    }

    int updates() {
        return updates;
    }

    int deletes() {
        return deletes;
    }

    int failedCalls() {
        return failedCalls;
    }

    /** Whether every step ran (done or skipped after a failure) on a connection still current at the end. */
    boolean ranToEnd() {
        return remaining == 0 && !cutShort;
    }

    private void ready(final Op op) {
        switch (op.operation) {
            case DELETE -> readyDeletes.add(op);
            case UPDATE -> readyUpdates.add(op);
            default -> readyCreates.add(op);
        }
    }

    private @Nullable Op nextReady() {
        var op = readyDeletes.poll();
        if (op == null) {
            op = readyUpdates.poll();
        }
        if (op == null) {
            op = readyCreates.poll();
        }
        return op;
    }

    private void pump() {
        if (finished) {
            return;
        }
        final boolean live = host.isCurrent(connection);
        final int max = host.maxInFlight();
        while (live && inFlight.size() < max) {
            final var op = nextReady();
            if (op == null) {
                break;
            }
            if (op.state == Op.State.PLANNED) {
                issue(op);
            }
        }
        if (inFlight.isEmpty() && (remaining == 0 || !live || readyDeletes.isEmpty() && readyUpdates.isEmpty()
                && readyCreates.isEmpty())) {
            if (remaining > 0 && live) {
                LOG.warn("{}: plan stalled with {} steps left", host.nodeName(), remaining);
            }
            finished = true;
            cutShort = !live;
            final var local = watchdog;
            if (local != null) {
                local.cancel();
                watchdog = null;
            }
            onFinished.accept(this);
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void issue(final Op op) {
        final var item = op.item;
        op.state = Op.State.IN_FLIGHT;
        switch (op.operation) {
            case CREATE -> {
                op.value = item.desired;
                op.deps = item.desiredDeps;
            }
            case UPDATE -> {
                op.oldValue = item.applied;
                op.value = item.desired;
                op.deps = item.desiredDeps;
            }
            default -> {
                op.value = item.applied;
                op.deps = item.appliedDeps;
            }
        }
        if (op.noCall) {
            finish(op, op.operation == Operation.UPDATE ? item.metadata : Metadata.EMPTY, null);
            return;
        }
        final var descriptor = requireNonNull(item.descriptor);
        final var ctx = new ApplyContextImpl(host.nodeName(), connection.handle(), metadataOf(op.deps));
        op.startNanos = host.time().nanoTime();
        inFlight.add(op);
        CompletionStage<?> stage;
        try {
            final var value = requireNonNull(op.value);
            stage = switch (op.operation) {
                case CREATE -> {
                    creates++;
                    yield descriptor.create(ctx, item.key, value);
                }
                case UPDATE -> {
                    updates++;
                    yield descriptor.update(ctx, item.key, requireNonNull(op.oldValue), value, item.metadata);
                }
                default -> {
                    deletes++;
                    yield descriptor.delete(ctx, item.key, value, item.metadata);
                }
            };
            requireNonNull(stage, "descriptor returned no stage");
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((result, error) -> handBack(op, result, error));
        armWatchdog();
    }

    /**
     * Queues a completion for the scheduler's thread. Replies arrive in bursts (the dataplane answers a pipeline
     * at a time): one task takes all that have arrived and then issues what became ready, instead of one task per
     * reply.
     */
    private void handBack(final Op op, final @Nullable Object result, final @Nullable Throwable error) {
        completions.add(new Completion(op, result, error));
        if (drainScheduled.compareAndSet(false, true)) {
            try {
                host.execute(this::drainCompletions);
            } catch (RejectedExecutionException e) {
                LOG.debug("{}: scheduler closed, completion of {} dropped", host.nodeName(), op, e);
            }
        }
    }

    private void drainCompletions() {
        // cleared first: a completion added after the loop below schedules another drain
        drainScheduled.set(false);
        for (Completion completion = completions.poll(); completion != null; completion = completions.poll()) {
            finish(completion.op(), completion.result(), completion.error());
        }
        pump();
    }

    private record Completion(Op op, @Nullable Object result, @Nullable Throwable error) {
    }

    private Map<ItemKey, Metadata> metadataOf(final List<Dependency> deps) {
        final var graph = host.graph();
        final var map = new HashMap<ItemKey, Metadata>(deps.size() * 2);
        for (var dep : deps) {
            final var depItem = graph.get(dep.key());
            if (depItem != null && depItem.isApplied()) {
                map.put(dep.key(), depItem.metadata);
            }
        }
        return map;
    }

    private void finish(final Op op, final @Nullable Object result, final @Nullable Throwable error) {
        if (op.state != Op.State.IN_FLIGHT) {
            // already timed out
            return;
        }
        op.state = Op.State.DONE;
        remaining--;
        Duration duration = Duration.ZERO;
        if (!op.noCall) {
            inFlight.remove(op);
            duration = Duration.ofNanos(host.time().nanoTime() - op.startNanos);
        }
        final var item = op.item;
        if (error == null) {
            succeeded(op, result);
            if (!op.noCall) {
                host.called(new CallRecord(op.operation, item.key, item.descriptorName(), null, duration));
            }
            for (var successor : op.next) {
                if (--successor.waits == 0 && successor.state == Op.State.PLANNED) {
                    ready(successor);
                }
            }
        } else {
            failedCalls++;
            final var info = host.failed(item, op.operation, Errors.unwrap(error));
            host.called(new CallRecord(op.operation, item.key, item.descriptorName(), info, duration));
            skipAfter(op);
        }
    }

    private void succeeded(final Op op, final @Nullable Object result) {
        final var item = op.item;
        final var graph = host.graph();
        switch (op.operation) {
            case CREATE -> {
                graph.setApplied(item, op.value, metadata(result), op.deps);
                item.owned = true;
            }
            case UPDATE -> graph.setApplied(item, op.value, result == null ? item.metadata : metadata(result),
                op.deps);
            default -> {
                graph.setApplied(item, null, Metadata.EMPTY, List.of());
                item.owned = true;
            }
        }
        item.clearFailure();
    }

    private static Metadata metadata(final @Nullable Object result) {
        return result instanceof Metadata metadata ? metadata : Metadata.EMPTY;
    }

    private void skipAfter(final Op failed) {
        final var work = new ArrayList<>(failed.next);
        while (!work.isEmpty()) {
            final var op = work.remove(work.size() - 1);
            if (op.state == Op.State.PLANNED) {
                op.state = Op.State.SKIPPED;
                remaining--;
                work.addAll(op.next);
            }
        }
    }

    private void armWatchdog() {
        if (watchdog != null || inFlight.isEmpty()) {
            return;
        }
        final var oldest = inFlight.iterator().next();
        final long delay = Math.max(0, oldest.startNanos + timeoutNanos - host.time().nanoTime());
        watchdog = host.time().schedule(Duration.ofNanos(delay), () -> {
            try {
                host.execute(this::onWatchdog);
            } catch (RejectedExecutionException e) {
                LOG.debug("{}: scheduler closed", host.nodeName(), e);
            }
        });
    }

    private void onWatchdog() {
        watchdog = null;
        if (finished) {
            return;
        }
        final long now = host.time().nanoTime();
        for (var op : List.copyOf(inFlight)) {
            if (op.startNanos + timeoutNanos > now) {
                break;
            }
            finish(op, null, new CallTimeoutException("no answer within " + host.callTimeout().toMillis() + " ms"));
        }
        armWatchdog();
        pump();
    }
}
