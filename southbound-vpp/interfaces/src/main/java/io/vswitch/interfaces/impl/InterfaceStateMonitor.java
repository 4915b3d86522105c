package io.vswitch.interfaces.impl;

import io.vswitch.nodes.NodeManager;
import io.vswitch.renderer.odl.OperationalStore;
import io.vswitch.renderer.odl.RendererService;
import io.vswitch.renderer.odl.spi.StateRefresher;
import io.vswitch.renderer.odl.spi.StateRefreshers;
import io.vswitch.vpp.api.client.VppSession;
import java.time.Duration;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the operational {@code state} of every configured interface of every connected node (sw-if-index, VPP name,
 * oper status, MAC, MTU) from VPP's interface dumps and events; one tracker per connected node, all on one thread.
 */
@Component(service = {}, immediate = true)
public final class InterfaceStateMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InterfaceStateMonitor.class);
    private static final Duration DEBOUNCE = Duration.ofMillis(200);
    private static final Duration PERIOD = Duration.ofSeconds(5);

    private final InterfaceStateSink sink;
    private final StateRefreshers trackers;
    private final ConfiguredNames names;

    /**
     * Starts following the node manager's sessions.
     *
     * @param broker the data broker
     * @param nodeManager the node manager
     * @param store where operational data is written
     * @param renderer whose nodes' plans a dump waits for
     */
    @Activate
    public InterfaceStateMonitor(@Reference final DataBroker broker, @Reference final NodeManager nodeManager,
            @Reference final OperationalStore store, @Reference final RendererService renderer) {
        sink = new OperationalStateSink(store);
        trackers = new StateRefreshers("interface", nodeManager, renderer, DEBOUNCE, PERIOD, this::newTracker);
        names = new ConfiguredNames(broker, trackers::requestRefresh);
        // only now: a node already connected gets its tracker at once, and that needs the names
        trackers.start();
        LOG.info("Interface state monitor started");
    }

    private NodeStateTracker newTracker(final String node, final VppSession session,
            final StateRefresher.Schedule schedule) {
        return new NodeStateTracker(node, session, names.names(node), sink, schedule);
    }

    @Deactivate
    @Override
    public void close() {
        trackers.close();
        names.close();
        LOG.info("Interface state monitor stopped");
    }
}
