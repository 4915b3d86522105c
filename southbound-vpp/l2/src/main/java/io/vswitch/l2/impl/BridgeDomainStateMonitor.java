package io.vswitch.l2.impl;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.vswitch.nodes.NodeManager;
import io.vswitch.nodes.NodeSessionListener;
import io.vswitch.renderer.odl.OperationalStore;
import io.vswitch.renderer.odl.RendererService;
import io.vswitch.renderer.odl.spi.StateRefresher;
import io.vswitch.vpp.api.client.VppSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
        new ThreadFactoryBuilder().setNameFormat("bridge-domain-state-%d").setDaemon(true).build());
    private final Map<String, DomainStateTracker> trackers = new HashMap<>();
    private final DomainStateSink sink;
    private final ConfiguredDomains domains;
    private final AutoCloseable sessions;
    private final RendererService renderer;

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
        this.renderer = renderer;
        sink = new OperationalDomainSink(store);
        domains = new ConfiguredDomains(broker, this::configurationChanged);
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
        LOG.info("Bridge domain state monitor started");
    }

    private synchronized void track(final String node, final VppSession session) {
        final DomainStateTracker tracker = new DomainStateTracker(node, session, domains.domains(node), sink,
            new StateRefresher.Schedule(executor, DEBOUNCE, PERIOD, () -> renderer.whenIdle(node, PERIOD)));
        final DomainStateTracker previous = trackers.put(node, tracker);
        if (previous != null) {
            previous.close();
        }
        tracker.start();
    }

    private synchronized void untrack(final String node) {
        final DomainStateTracker tracker = trackers.remove(node);
        if (tracker != null) {
            tracker.close();
        }
    }

    private synchronized void configurationChanged(final String node) {
        final DomainStateTracker tracker = trackers.get(node);
        if (tracker != null) {
            tracker.requestRefresh();
        }
    }

    @Deactivate
    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    public synchronized void close() {
        try {
            sessions.close();
        } catch (Exception e) {
            LOG.warn("Cannot stop following sessions", e);
        }
        domains.close();
        trackers.values().forEach(DomainStateTracker::close);
        trackers.clear();
        executor.shutdown();
        LOG.info("Bridge domain state monitor stopped");
    }
}
