package io.vswitch.interfaces.impl;

import io.vswitch.vpp.api.client.EventRegistration;
import io.vswitch.vpp.api.client.VppApi;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceEvent;
import io.vswitch.vpp.api.message.interfaces.WantInterfaceEvents;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operational state of one connected node's interfaces: one {@code sw_interface_dump} on connect, shortly after
 * interface events or configuration changes (debounced: a burst costs one dump), and periodically; then one write
 * of only what changed since the last one. The tracker's own state is touched only on the executor's thread; the
 * dump's results are processed there too, never on the client's event loop.
 */
final class NodeStateTracker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeStateTracker.class);
    private static final int ALL = 0xFFFF_FFFF;

    private final String node;
    private final VppApi vpp;
    private final Set<String> configured;
    private final InterfaceStateSink sink;
    private final ScheduledExecutorService executor;
    private final Duration debounce;
    private final Duration period;
    private final Supplier<? extends CompletionStage<?>> idle;
    private final AtomicBoolean refreshScheduled = new AtomicBoolean();
    private final Map<String, InterfaceOperState> written = new HashMap<>();
    private final int pid = (int) ProcessHandle.current().pid();
    // set by start(); start and close are called under the monitor's lock
    private EventRegistration events = () -> { };
    private Future<?> periodic = CompletableFuture.completedFuture(null);
    private boolean dumping;
    private boolean dumpAgain;
    private volatile boolean closed;

    NodeStateTracker(final String node, final VppApi vpp, final Set<String> configured,
            final InterfaceStateSink sink, final ScheduledExecutorService executor, final Duration debounce,
            final Duration period, final Supplier<? extends CompletionStage<?>> idle) {
        this.node = node;
        this.idle = idle;
        this.vpp = vpp;
        this.configured = configured;
        this.sink = sink;
        this.executor = executor;
        this.debounce = debounce;
        this.period = period;
    }

    /**
     * Subscribes to interface events, dumps at once and then periodically.
     */
    void start() {
        events = vpp.onEvent(SwInterfaceEvent.class, event -> requestRefresh());
        vpp.call(new WantInterfaceEvents(1, pid)).whenComplete((reply, error) -> {
            if (error != null) {
                LOG.warn("Node {}: no interface events ({}); relying on periodic dumps", node, error.getMessage());
            }
        });
        periodic = executor.scheduleWithFixedDelay(this::requestRefresh, period.toMillis(), period.toMillis(),
            TimeUnit.MILLISECONDS);
        executor.execute(this::refresh);
    }

    /**
     * Asks for a dump soon; many requests within the debounce time make one dump.
     */
    void requestRefresh() {
        if (!closed && refreshScheduled.compareAndSet(false, true)) {
            executor.schedule(() -> {
                refreshScheduled.set(false);
                refresh();
            }, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        if (closed) {
            return;
        }
        if (dumping) {
            dumpAgain = true;
            return;
        }
        dumping = true;
        // after the renderer's running plans: a dump in the middle of one would show half of it
        final var dump = idle.get().thenCompose(ignored -> vpp.dump(new SwInterfaceDump(ALL, false, "")));
        dump.whenCompleteAsync((details, error) -> {
            dumping = false;
            if (error != null) {
                LOG.debug("Node {}: interface dump failed", node, error);
            } else if (!closed) {
                publish(details);
            }
            if (dumpAgain) {
                dumpAgain = false;
                requestRefresh();
            }
        }, executor);
    }

    private void publish(final List<SwInterfaceDetails> details) {
        final Map<String, InterfaceOperState> now = new HashMap<>();
        for (SwInterfaceDetails entry : details) {
            final String tag = entry.tag();
            if (!tag.isEmpty() && configured.contains(tag)) {
                now.put(tag, InterfaceOperState.of(entry));
            }
        }
        final Map<String, InterfaceOperState> changed = new HashMap<>();
        now.forEach((name, state) -> {
            if (!state.equals(written.get(name))) {
                changed.put(name, state);
            }
        });
        final Set<String> removed = new HashSet<>(written.keySet());
        removed.removeAll(now.keySet());
        if (changed.isEmpty() && removed.isEmpty()) {
            return;
        }
        written.putAll(changed);
        written.keySet().removeAll(removed);
        sink.write(node, changed, removed, () -> executor.execute(written::clear));
    }

    /**
     * Stops: no more dumps; the states written are removed (VPP is no longer known).
     */
    @Override
    public void close() {
        closed = true;
        periodic.cancel(false);
        events.close();
        vpp.call(new WantInterfaceEvents(0, pid));
        executor.execute(() -> {
            if (!written.isEmpty()) {
                sink.write(node, Map.of(), Set.copyOf(written.keySet()), () -> { });
                written.clear();
            }
        });
    }
}
