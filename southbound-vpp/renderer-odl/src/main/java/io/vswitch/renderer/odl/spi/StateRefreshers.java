package io.vswitch.renderer.odl.spi;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.vswitch.nodes.NodeManager;
import io.vswitch.nodes.NodeSessionListener;
import io.vswitch.renderer.odl.RendererService;
import io.vswitch.vpp.api.client.VppSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.opendaylight.yangtools.concepts.Registration;

/**
 * One area's {@link StateRefresher}s, one per connected node, all on one thread of the area's: a refresher is
 * created and started when its node's VPP session opens and closed when it ends. A state monitor component builds
 * one, hands it to its configuration listener ({@link #requestRefresh}), then {@link #start()}s it.
 */
public final class StateRefreshers implements AutoCloseable {
    /**
     * Creates the refresher of a node that just connected.
     */
    @FunctionalInterface
    public interface Factory {
        /**
         * The refresher of one node.
         *
         * @param node the node
         * @param session its VPP session
         * @param schedule when the refresher reads VPP
         * @return a refresher, not started
         */
        StateRefresher<?, ?> create(String node, VppSession session, StateRefresher.Schedule schedule);
    }

    private static final Registration NOT_FOLLOWING = () -> { };
    /**
     * How long a disconnected node's states stay: a VPP that restarts within it is resynced and read again without
     * removing and rewriting every state (100,000 route states cost seconds of datastore work each way). After it,
     * they are removed (VPP is no longer known).
     */
    static final Duration DISCONNECT_GRACE = Duration.ofSeconds(3);

    private final ScheduledExecutorService executor;
    private final NodeManager nodeManager;
    private final RendererService renderer;
    private final Duration debounce;
    private final Duration period;
    private final Factory factory;
    /** Guarded by this. */
    private final Map<String, StateRefresher<?, ?>> refreshers = new HashMap<>();
    /** Guarded by this: the refreshers of disconnected nodes whose states stay for the grace time. */
    private final Map<String, StateRefresher<?, ?>> closing = new HashMap<>();
    /** Guarded by this; {@link #NOT_FOLLOWING} until started and after closing. */
    private Registration sessions = NOT_FOLLOWING;
    /** Guarded by this. */
    private boolean closed;

    /**
     * The refreshers of one area, not yet following sessions.
     *
     * @param area the area's name, which names the thread
     * @param nodeManager whose sessions are followed
     * @param renderer whose nodes' plans a read waits for
     * @param debounce how long requests are gathered before one read
     * @param period the time between periodic reads
     * @param factory creates a node's refresher
     */
    public StateRefreshers(final String area, final NodeManager nodeManager, final RendererService renderer,
            final Duration debounce, final Duration period, final Factory factory) {
        this.nodeManager = nodeManager;
        this.renderer = renderer;
        this.debounce = debounce;
        this.period = period;
        this.factory = factory;
        executor = Executors.newSingleThreadScheduledExecutor(
            new ThreadFactoryBuilder().setNameFormat(area + "-state-%d").setDaemon(true).build());
    }

    /**
     * Follows the node manager's sessions: nodes already connected get their refresher now.
     */
    public synchronized void start() {
        if (!closed && sessions == NOT_FOLLOWING) {
            sessions = nodeManager.addSessionListener(new NodeSessionListener() {
                @Override
                public void connected(final String node, final VppSession session) {
                    track(node, session);
                }

                @Override
                public void disconnected(final String node, final String reason) {
                    untrack(node);
                }
            });
        }
    }

    /**
     * Asks the node's refresher, if its node is connected, for a read soon (e.g. after a configuration change).
     *
     * @param node the node
     */
    public synchronized void requestRefresh(final String node) {
        final StateRefresher<?, ?> refresher = refreshers.get(node);
        if (refresher != null) {
            refresher.requestRefresh();
        }
    }

    private synchronized void track(final String node, final VppSession session) {
        if (closed) {
            // a session opened while closing
            return;
        }
        final StateRefresher<?, ?> refresher = factory.create(node, session, new StateRefresher.Schedule(executor,
            debounce, period, () -> renderer.whenIdle(node, period)));
        final StateRefresher<?, ?> previous = refreshers.put(node, refresher);
        if (previous != null) {
            previous.close();
        }
        final StateRefresher<?, ?> predecessor = closing.remove(node);
        if (predecessor != null) {
            refresher.takeOver(predecessor);
        }
        refresher.start();
    }

    private synchronized void untrack(final String node) {
        final StateRefresher<?, ?> refresher = refreshers.remove(node);
        if (refresher != null) {
            refresher.closeAfter(DISCONNECT_GRACE);
            closing.put(node, refresher);
            // forgotten with the grace: a later connect starts afresh
            executor.schedule(() -> forgetClosing(node, refresher), DISCONNECT_GRACE.toMillis(),
                TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void forgetClosing(final String node, final StateRefresher<?, ?> refresher) {
        closing.remove(node, refresher);
    }

    /**
     * Stops following sessions and closes every refresher (their states are removed).
     */
    @Override
    public synchronized void close() {
        closed = true;
        sessions.close();
        sessions = NOT_FOLLOWING;
        refreshers.values().forEach(StateRefresher::close);
        refreshers.clear();
        closing.values().forEach(StateRefresher::close);
        closing.clear();
        executor.shutdown();
    }
}
