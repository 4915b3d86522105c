package io.vswitch.l2.impl;

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
 * Keeps the operational {@code state} of every configured bridge domain of every connected node (VPP's id, BVI,
 * members, learned MAC count); one tracker per connected node, all on one thread.
 */
@Component(service = {}, immediate = true)
public final class BridgeDomainStateMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BridgeDomainStateMonitor.class);
    private static final Duration DEBOUNCE = Duration.ofMillis(200);
    private static final Duration PERIOD = Duration.ofSeconds(5);

    private final DomainStateSink sink;
    private final StateRefreshers trackers;
    private final ConfiguredDomains domains;

    /**
     * Starts following the node manager's sessions.
     *
     * @param broker the data broker
     * @param nodeManager the node manager
     * @param store where operational data is written
     * @param renderer whose nodes' plans a dump waits for
     */
    @Activate
    public BridgeDomainStateMonitor(@Reference final DataBroker broker, @Reference final NodeManager nodeManager,
            @Reference final OperationalStore store, @Reference final RendererService renderer) {
        sink = new OperationalDomainSink(store);
        trackers = new StateRefreshers("bridge-domain", nodeManager, renderer, DEBOUNCE, PERIOD, this::newTracker);
        domains = new ConfiguredDomains(broker, trackers::requestRefresh);
        // only now: a node already connected gets its tracker at once, and that needs the domains
        trackers.start();
        LOG.info("Bridge domain state monitor started");
    }

    private DomainStateTracker newTracker(final String node, final VppSession session,
            final StateRefresher.Schedule schedule) {
        return new DomainStateTracker(node, session, domains.domains(node), sink, schedule);
    }

    @Deactivate
    @Override
    public void close() {
        trackers.close();
        domains.close();
        LOG.info("Bridge domain state monitor stopped");
    }
}
