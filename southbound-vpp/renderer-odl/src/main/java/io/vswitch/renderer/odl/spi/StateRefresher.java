package io.vswitch.renderer.odl.spi;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the operational state of one connected node's items of one area in step with VPP: reads VPP when started,
 * shortly after {@link #requestRefresh()} (debounced: a burst of requests costs one read) and periodically, each
 * time once the node's renderer is idle (a read in the middle of a plan would show half of it), and writes only the
 * states that changed since the last write. Its own state is touched only on the executor's thread, where the
 * results of a read are processed too (never on the VPP client's event loop). Closing removes the states written.
 *
 * @param <K> what a state belongs to (a configured entry's name or key)
 * @param <S> the state
 */
public abstract class StateRefresher<K, S> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StateRefresher.class);

    /**
     * How often, and after what, a refresher reads VPP.
     *
     * @param executor the thread the refresher runs on (may be shared by several refreshers)
     * @param debounce how long requests are gathered before one read
     * @param period the time between periodic reads; also the longest wait for the renderer to be idle
     * @param idle completes when the node's renderer has nothing queued or running
     */
    public record Schedule(ScheduledExecutorService executor, Duration debounce, Duration period,
            Supplier<? extends CompletionStage<?>> idle) {
    }

    private final String node;
    private final Schedule schedule;
    private final AtomicBoolean refreshScheduled = new AtomicBoolean();
    private final Map<K, S> written = new HashMap<>();
    private Future<?> periodic = CompletableFuture.completedFuture(null);
    private boolean refreshing;
    private boolean refreshAgain;
    private volatile boolean closed;
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * A refresher of one node's states.
     *
     * @param node the node
     * @param schedule when it reads VPP
     */
    protected StateRefresher(final String node, final Schedule schedule) {
        this.node = node;
        this.schedule = schedule;
    }

    /**
     * The node.
     *
     * @return its name
     */
    protected final String node() {
        return node;
    }

    /**
     * The refresher's thread, for work on a read's results that is too heavy for the VPP client's event loop.
     *
     * @return the executor
     */
    protected final Executor executor() {
        return schedule.executor();
    }

    /**
     * The states VPP shows now, by what they belong to (only for items the area configured). Called on the
     * executor's thread.
     *
     * @return the states, when VPP has answered
     */
    protected abstract CompletionStage<Map<K, S>> read();

    /**
     * Writes changed states and removes states, in one transaction.
     *
     * @param changed new or changed states
     * @param removed what no longer has a state
     * @param onFailure to call (on any thread) when the write failed: everything is then written again
     */
    protected abstract void write(Map<K, S> changed, Set<K> removed, Runnable onFailure);

    /**
     * Called by {@link #start()} before the first read, e.g. to subscribe to VPP's events.
     */
    protected void onStart() {
        // nothing by default
    }

    /**
     * Called by {@link #close()}, e.g. to unsubscribe from VPP's events.
     */
    protected void onClose() {
        // nothing by default
    }

    /**
     * Reads VPP now (once the renderer is idle), then every period.
     */
    public final void start() {
        onStart();
        final long period = schedule.period().toMillis();
        periodic = schedule.executor().scheduleWithFixedDelay(this::requestRefresh, period, period,
            TimeUnit.MILLISECONDS);
        schedule.executor().execute(this::refresh);
    }

    /**
     * Asks for a read soon; many requests within the debounce time make one.
     */
    public final void requestRefresh() {
        if (!closed && refreshScheduled.compareAndSet(false, true)) {
            schedule.executor().schedule(() -> {
                refreshScheduled.set(false);
                refresh();
            }, schedule.debounce().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        if (closed) {
            return;
        }
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        final var states = schedule.idle().get().toCompletableFuture()
            .completeOnTimeout(null, schedule.period().toMillis(), TimeUnit.MILLISECONDS)
            .handle((ignored, error) -> null)
            .thenComposeAsync(ignored -> read(), schedule.executor());
        states.whenCompleteAsync((now, error) -> {
            refreshing = false;
            if (error != null) {
                LOG.debug("Node {}: state read failed", node, error);
            } else if (!closed) {
                publish(now);
            }
            if (refreshAgain) {
                refreshAgain = false;
                requestRefresh();
            }
        }, schedule.executor());
    }

    private void publish(final Map<K, S> now) {
        final Map<K, S> changed = new HashMap<>();
        now.forEach((key, state) -> {
            if (!state.equals(written.get(key))) {
                changed.put(key, state);
            }
        });
        final Set<K> removed = new HashSet<>(written.keySet());
        removed.removeAll(now.keySet());
        if (changed.isEmpty() && removed.isEmpty()) {
            return;
        }
        written.putAll(changed);
        written.keySet().removeAll(removed);
        write(changed, removed, () -> schedule.executor().execute(written::clear));
    }

    /**
     * Stops: no more reads; the states written are removed (VPP is no longer known).
     */
    @Override
    public final void close() {
        closeAfter(Duration.ZERO);
    }

    /**
     * Stops reading now; the states written stay for the grace time, then are removed, unless a successor of the
     * same node {@link #takeOver took them over} meanwhile. A VPP back within the grace (a quick restart) then costs
     * no removal and rewrite of every state, only the writes of what changed.
     *
     * @param grace how long the states stay; zero removes them at once
     */
    public final void closeAfter(final Duration grace) {
        if (stopped.compareAndSet(false, true)) {
            closed = true;
            periodic.cancel(false);
            onClose();
        }
        final Runnable removal = () -> {
            if (!written.isEmpty()) {
                write(Map.of(), Set.copyOf(written.keySet()), () -> { });
                written.clear();
            }
        };
        try {
            if (grace.isZero() || grace.isNegative()) {
                schedule.executor().execute(removal);
            } else {
                schedule.executor().schedule(removal, grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException e) {
            LOG.debug("Node {}: states left as they are, the refresher's thread is gone", node, e);
        }
    }

    /**
     * Takes over the states a closed predecessor of the same node and kind wrote and has not removed yet: this
     * refresher's first read then writes only what differs from them. Call before {@link #start()}.
     *
     * @param predecessor a refresher closed with a grace time, sharing this one's executor
     */
    public final void takeOver(final StateRefresher<?, ?> predecessor) {
        if (predecessor.getClass() != getClass() || !predecessor.node.equals(node)) {
            return;
        }
        @SuppressWarnings("unchecked")
        final StateRefresher<K, S> same = (StateRefresher<K, S>) predecessor;
        // on the shared executor: after the predecessor's last write, before this one's first read
        schedule.executor().execute(() -> {
            written.putAll(same.written);
            same.written.clear();
        });
    }
}
