package io.vswitch.interfaces.impl;

import io.vswitch.renderer.odl.spi.StateRefresher;
import io.vswitch.vpp.api.client.EventRegistration;
import io.vswitch.vpp.api.client.VppApi;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceEvent;
import io.vswitch.vpp.api.message.interfaces.WantInterfaceEvents;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operational state of one connected node's interfaces: one {@code sw_interface_dump} on connect, shortly after
 * interface events or configuration changes, and periodically (see {@link StateRefresher}); the state of each
 * configured interface, found by the tag carrying its name.
 */
final class NodeStateTracker extends StateRefresher<String, InterfaceOperState> {
    private static final Logger LOG = LoggerFactory.getLogger(NodeStateTracker.class);
    private static final int ALL = 0xFFFF_FFFF;

    private final VppApi vpp;
    private final Set<String> configured;
    private final InterfaceStateSink sink;
    private final int pid = (int) ProcessHandle.current().pid();
    // set by onStart(); start and close are called under the monitor's lock
    private EventRegistration events = () -> { };

    NodeStateTracker(final String node, final VppApi vpp, final Set<String> configured,
            final InterfaceStateSink sink, final Schedule schedule) {
        super(node, schedule);
        this.vpp = vpp;
        this.configured = configured;
        this.sink = sink;
    }

    /**
     * Subscribes to interface events: each asks for a refresh.
     */
    @Override
    protected void onStart() {
        events = vpp.onEvent(SwInterfaceEvent.class, event -> requestRefresh());
        vpp.call(new WantInterfaceEvents(1, pid)).whenComplete((reply, error) -> {
            if (error != null) {
                LOG.warn("Node {}: no interface events ({}); relying on periodic dumps", node(), error.getMessage());
            }
        });
    }

    @Override
    protected CompletionStage<Map<String, InterfaceOperState>> read() {
        return vpp.dump(new SwInterfaceDump(ALL, false, "")).thenApply(details -> {
            final Map<String, InterfaceOperState> now = new HashMap<>();
            for (SwInterfaceDetails entry : details) {
                final String tag = entry.tag();
                if (!tag.isEmpty() && configured.contains(tag)) {
                    now.put(tag, InterfaceOperState.of(entry));
                }
            }
            return now;
        });
    }

    @Override
    protected void write(final Map<String, InterfaceOperState> changed, final Set<String> removed,
            final Runnable onFailure) {
        sink.write(node(), changed, removed, onFailure);
    }

    @Override
    protected void onClose() {
        events.close();
        vpp.call(new WantInterfaceEvents(0, pid));
    }
}
