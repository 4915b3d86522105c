package io.vswitch.l2.impl;

import io.vswitch.vpp.api.client.VppApi;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.l2.BridgeDomainDump;
import io.vswitch.vpp.api.message.l2.L2FibTableDump;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
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
 * The operational state of one connected node's configured bridge domains: dumps ({@code bridge_domain_dump},
 * {@code l2_fib_table_dump}, {@code sw_interface_dump}) on connect, shortly after configuration changes (debounced)
 * and periodically; then one write of only what changed. Its own state is touched only on the executor's thread.
 */
final class DomainStateTracker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DomainStateTracker.class);
    private static final int ALL = 0xFFFF_FFFF;

    private final String node;
    private final VppApi vpp;
    private final Map<String, Integer> configured;
    private final DomainStateSink sink;
    private final ScheduledExecutorService executor;
    private final Duration debounce;
    private final Duration period;
    private final Supplier<? extends CompletionStage<?>> idle;
    private final AtomicBoolean refreshScheduled = new AtomicBoolean();
    private final Map<String, DomainOperState> written = new HashMap<>();
    // set by start(); start and close are called under the monitor's lock
    private Future<?> periodic = CompletableFuture.completedFuture(null);
    private boolean dumping;
    private volatile boolean closed;

    DomainStateTracker(final String node, final VppApi vpp, final Map<String, Integer> configured,
            final DomainStateSink sink, final ScheduledExecutorService executor, final Duration debounce,
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

    void start() {
        periodic = executor.scheduleWithFixedDelay(this::refresh, period.toMillis(), period.toMillis(),
            TimeUnit.MILLISECONDS);
        executor.execute(this::refresh);
    }

    /**
     * Asks for a refresh soon; many requests within the debounce time make one.
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
        if (closed || dumping) {
            return;
        }
        dumping = true;
        // after the renderer's running plans: a dump in the middle of one would show half of it
        idle.get().whenCompleteAsync((ignored, error) -> dump(), executor);
    }

    private void dump() {
        final var domains = vpp.dump(new BridgeDomainDump(ALL, ALL));
        final var fib = vpp.dump(new L2FibTableDump(ALL));
        final var interfaces = vpp.dump(new SwInterfaceDump(ALL, false, ""));
        CompletableFuture.allOf(domains, fib, interfaces).whenCompleteAsync((done, error) -> {
            dumping = false;
            if (error != null) {
                LOG.debug("Node {}: bridge domain dumps failed", node, error);
            } else if (!closed) {
                publish(DomainStates.of(Map.copyOf(configured), domains.join(), fib.join(), interfaces.join()));
            }
        }, executor);
    }

    private void publish(final Map<String, DomainOperState> now) {
        final Map<String, DomainOperState> changed = new HashMap<>();
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
        executor.execute(() -> {
            if (!written.isEmpty()) {
                sink.write(node, Map.of(), Set.copyOf(written.keySet()), () -> { });
                written.clear();
            }
        });
    }
}
