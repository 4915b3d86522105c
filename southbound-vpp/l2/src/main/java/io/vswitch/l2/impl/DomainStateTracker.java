package io.vswitch.l2.impl;

import io.vswitch.renderer.odl.spi.StateRefresher;
import io.vswitch.vpp.api.client.VppApi;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.l2.BridgeDomainDump;
import io.vswitch.vpp.api.message.l2.L2FibTableDump;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The operational state of one connected node's configured bridge domains: {@code bridge_domain_dump},
 * {@code l2_fib_table_dump} and {@code sw_interface_dump} on connect, shortly after configuration changes and
 * periodically (see {@link StateRefresher}).
 */
final class DomainStateTracker extends StateRefresher<String, DomainOperState> {
    private static final int ALL = 0xFFFF_FFFF;

    private final VppApi vpp;
    private final Map<String, Integer> configured;
    private final DomainStateSink sink;

    DomainStateTracker(final String node, final VppApi vpp, final Map<String, Integer> configured,
            final DomainStateSink sink, final Schedule schedule) {
        super(node, schedule);
        this.vpp = vpp;
        this.configured = configured;
        this.sink = sink;
    }

    @Override
    protected CompletionStage<Map<String, DomainOperState>> read() {
        final Map<String, Integer> domains = Map.copyOf(configured);
        final var bridgeDomains = vpp.dump(new BridgeDomainDump(ALL, ALL));
        final var fib = vpp.dump(new L2FibTableDump(ALL));
        final var interfaces = vpp.dump(new SwInterfaceDump(ALL, false, ""));
        return CompletableFuture.allOf(bridgeDomains, fib, interfaces).thenApply(done ->
            DomainStates.of(domains, bridgeDomains.join(), fib.join(), interfaces.join()));
    }

    @Override
    protected void write(final Map<String, DomainOperState> changed, final Set<String> removed,
            final Runnable onFailure) {
        sink.write(node(), changed, removed, onFailure);
    }
}
