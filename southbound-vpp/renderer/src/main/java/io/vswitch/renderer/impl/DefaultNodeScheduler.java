package io.vswitch.renderer.impl;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.MoreExecutors;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.renderer.api.CallRecord;
import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.api.SchedulerSettings;
import io.vswitch.renderer.api.SystemTimekeeper;
import io.vswitch.renderer.api.Timekeeper;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.api.TransactionRecord;
import io.vswitch.renderer.api.TransactionResult;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler of one node: an actor that runs jobs (transactions, resyncs, retries) one after another on its
 * own thread; a job that runs a plan ends when the plan's last call completed.
 */
@SuppressFBWarnings(value = {"NP_STORE_INTO_NONNULL_FIELD", "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR"},
    justification = "TYPE_USE @Nullable fields, which SpotBugs does not read")
public final class DefaultNodeScheduler implements NodeScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultNodeScheduler.class);

    /** A unit of work; calls {@code done} exactly once, possibly later. */
    @FunctionalInterface
    private interface Job {
        void run(Runnable done);
    }

    private final SchedulerSettings settings;
    private final String nodeName;
    private final Executor actor;
    private final @Nullable ExecutorService ownedExecutor;
    private final Timekeeper time;
    private final @Nullable SystemTimekeeper ownedTime;
    private final Host host = new Host();
    private final Errors errors;
    private final StatusTracker tracker;
    private final TransactionLog log;

    // confined to the actor
    private final ItemGraph graph;
    private final RetryQueue retries;
    private final ArrayDeque<Job> jobs = new ArrayDeque<>();
    private boolean busy;
    private boolean draining;
    private @Nullable Connection connection;
    private long generation;
    private String disconnectReason = "not connected yet";
    private long seq;
    private @Nullable RecordDraft draft;
    private int resyncFailures;

    // read from any thread
    private volatile boolean connected;
    private volatile boolean closed;

    /**
     * Creates and starts the scheduler, disconnected; use {@link NodeScheduler#builder}.
     *
     * @param settings the settings
     */
    public DefaultNodeScheduler(final SchedulerSettings settings) {
        this.settings = settings;
        nodeName = settings.nodeName();
        final var executor = settings.executor();
        if (executor == null) {
            ownedExecutor = Executors.newSingleThreadExecutor(new ThreadFactoryBuilder()
                .setNameFormat("renderer-" + nodeName).setDaemon(true).build());
            actor = ownedExecutor;
        } else {
            ownedExecutor = null;
            actor = MoreExecutors.newSequentialExecutor(executor);
        }
        final var timekeeper = settings.timekeeper();
        if (timekeeper == null) {
            ownedTime = new SystemTimekeeper("renderer-timer-" + nodeName);
            time = ownedTime;
        } else {
            ownedTime = null;
            time = timekeeper;
        }
        errors = new Errors(settings.errorDescriber());
        tracker = new StatusTracker(nodeName, settings.listener());
        log = new TransactionLog(settings.historySize());
        graph = new ItemGraph(nodeName, DescriptorSet.of(settings.descriptors()));
        retries = new RetryQueue(time, () -> onActor(() -> enqueue(this::runRetry)));
    }

    @Override
    public String nodeName() {
        return nodeName;
    }

    @Override
    public CompletionStage<TransactionResult> submit(final Transaction transaction) {
        checkKeys(transaction.puts().keySet());
        checkKeys(transaction.deletes());
        final var future = new CompletableFuture<TransactionResult>();
        onActor(() -> enqueue(done -> runTransaction(transaction, future, done)));
        return future;
    }

    @Override
    public CompletionStage<ResyncResult> resync() {
        final var future = new CompletableFuture<ResyncResult>();
        onActor(() -> enqueue(done -> runResync("on demand", future, done)));
        return future;
    }

    @Override
    public CompletionStage<ResyncResult> onConnected(final Object nodeHandle) {
        requireNonNull(nodeHandle, "nodeHandle");
        final var future = new CompletableFuture<ResyncResult>();
        onActor(() -> {
            connection = new Connection(++generation, nodeHandle);
            connected = true;
            resyncFailures = 0;
            enqueue(done -> runResync("connected", future, done));
        });
        return future;
    }

    @Override
    public void onDisconnected(final String reason) {
        onActor(() -> {
            connection = null;
            generation++;
            connected = false;
            disconnectReason = reason;
            retries.clear();
            enqueue(done -> {
                tracker.publish(Set.copyOf(graph.keys()), graph, notConnected());
                done.run();
            });
        });
    }

    @Override
    public void setDescriptors(final Collection<? extends Descriptor<?>> descriptors) {
        final var set = DescriptorSet.of(descriptors);
        onActor(() -> enqueue(done -> {
            final var dirty = new LinkedHashSet<ItemKey>();
            graph.setDescriptors(set, dirty);
            if (connection != null) {
                runResync("descriptors changed", new CompletableFuture<>(), done);
            } else {
                tracker.publish(Set.copyOf(graph.keys()), graph, notConnected());
                done.run();
            }
        }));
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public Map<ItemKey, ItemStatus> statuses() {
        return tracker.snapshot();
    }

    @Override
    public Optional<ItemStatus> status(final ItemKey key) {
        return tracker.get(key);
    }

    @Override
    public List<TransactionRecord> history(final int max) {
        return log.latest(max);
    }

    @Override
    public CompletionStage<Void> barrier() {
        final var future = new CompletableFuture<Void>();
        onActor(() -> enqueue(done -> {
            future.complete(null);
            done.run();
        }));
        return future;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        connected = false;
        try {
            onActor(retries::cancel);
        } finally {
            if (ownedExecutor != null) {
                ownedExecutor.shutdown();
            }
            if (ownedTime != null) {
                ownedTime.close();
            }
        }
    }

    private void checkKeys(final Collection<ItemKey> keys) {
        for (var key : keys) {
            if (!key.node().equals(nodeName)) {
                throw new IllegalArgumentException(key + " does not belong to node " + nodeName);
            }
        }
    }

    // --- the actor ---

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void onActor(final Runnable task) {
        try {
            actor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("{}: scheduler task failed", nodeName, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: scheduler closed, task dropped", nodeName, e);
        }
    }

    private void enqueue(final Job job) {
        if (closed) {
            return;
        }
        jobs.add(job);
        drain();
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (!busy && !jobs.isEmpty() && !closed) {
                final var job = jobs.poll();
                busy = true;
                final boolean[] finished = {false};
                final Runnable done = () -> {
                    if (!finished[0]) {
                        finished[0] = true;
                        busy = false;
                        drain();
                    }
                };
                try {
                    job.run(done);
                } catch (RuntimeException e) {
                    LOG.error("{}: scheduler job failed", nodeName, e);
                    done.run();
                }
            }
        } finally {
            draining = false;
        }
    }

    private @Nullable String notConnected() {
        return connection == null ? disconnectReason : null;
    }

    private RecordDraft newDraft(final TransactionRecord.Kind kind, final String description) {
        return new RecordDraft(++seq, kind, description, time.now(), time.nanoTime(),
            settings.maxRecordedEntries());
    }

    // --- jobs ---

    private void runTransaction(final Transaction txn, final CompletableFuture<TransactionResult> future,
            final Runnable done) {
        final var record = newDraft(TransactionRecord.Kind.TRANSACTION, txn.description());
        final long started = time.nanoTime();
        final var dirty = new LinkedHashSet<ItemKey>();
        if (txn.replaceAll()) {
            for (var key : List.copyOf(graph.baseKeys())) {
                if (!txn.puts().containsKey(key)) {
                    record.change("delete", key, null);
                    graph.deleteBase(key, dirty);
                }
            }
        }
        txn.puts().forEach((key, value) -> {
            record.change("put", key, value);
            graph.putBase(key, value, dirty);
        });
        for (var key : txn.deletes()) {
            record.change("delete", key, null);
            graph.deleteBase(key, dirty);
        }
        LOG.debug("{}: #{} {} puts, {} deletes: into the graph in {} us", nodeName, record.seq(), txn.puts().size(),
            txn.deletes().size(), (time.nanoTime() - started) / 1000);
        final var conn = connection;
        if (conn == null) {
            final var statuses = finishWithoutPlan(dirty, record);
            future.complete(new TransactionResult(record.seq(), 0, 0, statuses));
            done.run();
            return;
        }
        runPlan(dirty, conn, record, (run, statuses) -> {
            future.complete(new TransactionResult(record.seq(), run.calls(), run.failedCalls(), statuses));
            done.run();
        });
    }

    private Map<ItemKey, ItemStatus> finishWithoutPlan(final Set<ItemKey> dirty, final RecordDraft record) {
        for (var key : dirty) {
            graph.removeIfGone(key);
        }
        final var statuses = tracker.publish(dirty, graph, notConnected());
        log.add(record.finish(time.nanoTime(), "node not connected (" + disconnectReason + "): " + summary(
            statuses, dirty.size())));
        return statuses;
    }

    private void runPlan(final Set<ItemKey> dirty, final Connection conn, final RecordDraft record,
            final PlanCallback then) {
        final long started = time.nanoTime();
        final var plan = Planner.plan(graph, dirty);
        record.plan(plan);
        draft = record;
        final long planned = time.nanoTime();
        final var run = new PlanRun(plan, conn, host, finishedRun -> {
            draft = null;
            final long ran = time.nanoTime();
            for (var key : plan.closure()) {
                graph.removeIfGone(key);
            }
            final var statuses = tracker.publish(plan.closure(), graph, notConnected());
            var outcome = summary(statuses, plan.closure().size());
            if (!finishedRun.ranToEnd()) {
                outcome = outcome + "; cut short: node disconnected";
            }
            log.add(record.finish(time.nanoTime(), outcome));
            LOG.debug("{}: #{} {} items: planned in {} us, ran {} calls in {} us, statuses published in {} us",
                nodeName, record.seq(), plan.closure().size(), (planned - started) / 1000, finishedRun.calls(),
                (ran - planned) / 1000, (time.nanoTime() - ran) / 1000);
            then.accept(finishedRun, statuses);
        });
        run.start();
    }

    @FunctionalInterface
    private interface PlanCallback {
        void accept(PlanRun run, Map<ItemKey, ItemStatus> statuses);
    }

    private static String summary(final Map<ItemKey, ItemStatus> statuses, final int considered) {
        final var counts = new EnumMap<ItemState, Integer>(ItemState.class);
        for (var status : statuses.values()) {
            counts.merge(status.state(), 1, Integer::sum);
        }
        final var sb = new StringBuilder();
        counts.forEach((state, count) -> sb.append(sb.length() == 0 ? "" : ", ").append(count).append(' ')
            .append(state.name().toLowerCase(Locale.ROOT)));
        final int removed = considered - statuses.size();
        if (removed > 0) {
            sb.append(sb.length() == 0 ? "" : ", ").append(removed).append(" removed");
        }
        return sb.length() == 0 ? "nothing to do" : sb.toString();
    }

    private void runResync(final String cause, final CompletableFuture<ResyncResult> future, final Runnable done) {
        final var record = newDraft(TransactionRecord.Kind.RESYNC, cause);
        final var conn = connection;
        if (conn == null) {
            final var result = new ResyncResult(record.seq(), record.started(), Duration.ZERO, false, 0, 0, 0, 0, 0,
                List.of("node not connected (" + disconnectReason + ")"));
            log.add(record.finish(time.nanoTime(), "node not connected (" + disconnectReason + ")"));
            finishResync(result, future, done);
            return;
        }
        retries.clear();
        draft = record;
        new ResyncRun(host, conn, record, resync -> {
            if (resync.aborted()) {
                draft = null;
                final var result = new ResyncResult(record.seq(), record.started(),
                    Duration.ofNanos(time.nanoTime() - record.startNanos()), false, 0, 0, 0, 0, 0, resync.errors());
                log.add(record.finish(time.nanoTime(), "aborted: " + resync.errors()));
                finishResync(result, future, done);
                return;
            }
            runPlan(new LinkedHashSet<>(graph.keys()), conn, record, (run, statuses) -> {
                final var result = new ResyncResult(record.seq(), record.started(),
                    Duration.ofNanos(time.nanoTime() - record.startNanos()),
                    resync.complete() && run.ranToEnd(), resync.retrievedCount(), run.creates(), run.updates(),
                    run.deletes(), run.failedCalls(), resync.errors());
                if (!resync.complete() && host.isCurrent(conn)) {
                    scheduleResyncRetry();
                } else {
                    resyncFailures = 0;
                }
                finishResync(result, future, done);
            });
        }).start();
    }

    private void scheduleResyncRetry() {
        resyncFailures++;
        final var policy = settings.retryPolicy();
        if (!policy.allowsRetry(resyncFailures)) {
            LOG.warn("{}: resync incomplete {} times; giving up until the next connect or request", nodeName,
                resyncFailures);
            return;
        }
        final long gen = generation;
        time.schedule(policy.backoff(resyncFailures), () -> onActor(() -> {
            if (generation == gen) {
                enqueue(done -> runResync("retry of an incomplete resync", new CompletableFuture<>(), done));
            }
        }));
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void finishResync(final ResyncResult result, final CompletableFuture<ResyncResult> future,
            final Runnable done) {
        try {
            settings.listener().onResyncFinished(result);
        } catch (RuntimeException e) {
            LOG.warn("{}: status listener failed on resync", nodeName, e);
        }
        future.complete(result);
        done.run();
    }

    private void runRetry(final Runnable done) {
        final var due = retries.takeDue();
        final var conn = connection;
        final var now = time.now();
        final var dirty = new LinkedHashSet<ItemKey>();
        for (var key : due) {
            final var item = graph.get(key);
            final var next = item == null ? null : item.nextAttempt;
            if (next != null && !next.isAfter(now)) {
                item.nextAttempt = null;
                dirty.add(key);
            }
        }
        if (conn == null || dirty.isEmpty()) {
            done.run();
            return;
        }
        final var record = newDraft(TransactionRecord.Kind.RETRY, "retry of " + dirty.size() + " items");
        runPlan(dirty, conn, record, (run, statuses) -> done.run());
    }

    /** What a running plan sees of its scheduler. */
    private final class Host implements PlanHost {
        @Override
        public String nodeName() {
            return nodeName;
        }

        @Override
        public boolean isCurrent(final Connection conn) {
            return !closed && connection == conn;
        }

        @Override
        public void execute(final Runnable task) {
            onActor(task);
        }

        @Override
        public Timekeeper time() {
            return time;
        }

        @Override
        public Duration callTimeout() {
            return settings.callTimeout();
        }

        @Override
        public int maxInFlight() {
            return settings.maxInFlight();
        }

        @Override
        public ItemGraph graph() {
            return graph;
        }

        @Override
        @SuppressWarnings("checkstyle:IllegalCatch")
        public ErrorInfo failed(final Item item, final Operation operation, final Throwable cause) {
            final var info = errors.describe(operation, cause);
            item.error = info;
            item.attempts++;
            boolean retriable = cause instanceof CallTimeoutException;
            final var descriptor = item.descriptor;
            if (!retriable && descriptor != null) {
                try {
                    retriable = descriptor.isRetriable(cause);
                } catch (RuntimeException e) {
                    LOG.warn("{}: descriptor {} failed on isRetriable", nodeName, descriptor.name(), e);
                }
            }
            final var policy = settings.retryPolicy();
            if (retriable && policy.allowsRetry(item.attempts)) {
                final var due = time.now().plus(policy.backoff(item.attempts));
                item.nextAttempt = due;
                retries.add(item.key, due);
            } else {
                item.nextAttempt = null;
            }
            LOG.debug("{}: {} {} failed: {}", nodeName, operation, item.key, info);
            return info;
        }

        @Override
        public ErrorInfo describe(final Operation operation, final Throwable cause) {
            return errors.describe(operation, cause);
        }

        @Override
        public void called(final CallRecord call) {
            final var local = draft;
            if (local != null) {
                local.call(call);
            }
        }
    }
}
