package io.vswitch.l3.impl;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.vswitch.nodes.NodeManager;
import io.vswitch.nodes.NodeSessionListener;
import io.vswitch.renderer.odl.OperationalStore;
import io.vswitch.renderer.odl.RendererService;
import io.vswitch.renderer.odl.spi.StateRefresher;
import io.vswitch.vpp.api.client.VppSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the operational {@code state} of every configured route and neighbour of every connected node (installed or
 * not, the paths or MAC VPP holds): one tracker per connected node, all on one thread; a refresh shortly after
 * connect and after configuration changes (debounced), and periodically.
 */
@Component(service = {}, immediate = true)
public final class L3StateMonitor implements DataTreeChangeListener<L3>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(L3StateMonitor.class);
    private static final Duration DEBOUNCE = Duration.ofSeconds(1);
    private static final Duration PERIOD = Duration.ofSeconds(30);
    private static final InstanceIdentifier<L3> ALL_L3 = InstanceIdentifier.create(Nodes.class).child(Node.class)
        .augmentation(Node1.class).child(L3.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
        new ThreadFactoryBuilder().setNameFormat("l3-state-%d").setDaemon(true).build());
    private final Map<String, L3StateTracker> trackers = new HashMap<>();
    private final DataBroker broker;
    private final OperationalStore store;
    private final RendererService renderer;
    private final AutoCloseable sessions;
    private final Registration configuration;

    /**
     * Starts following the node manager's sessions and the L3 configuration.
     *
     * @param broker the data broker
     * @param nodeManager the node manager
     * @param store where operational data is written
     * @param renderer whose nodes' schedulers a refresh waits for
     */
    @Activate
    public L3StateMonitor(@Reference final DataBroker broker, @Reference final NodeManager nodeManager,
            @Reference final OperationalStore store, @Reference final RendererService renderer) {
        this.broker = broker;
        this.store = store;
        this.renderer = renderer;
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
        configuration = broker.registerTreeChangeListener(
            DataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, ALL_L3), this);
        LOG.info("L3 state monitor started");
    }

    private synchronized void track(final String node, final VppSession session) {
        final L3StateTracker tracker = new L3StateTracker(node, session, new L3StateStore(broker, store, node),
            new StateRefresher.Schedule(executor, DEBOUNCE, PERIOD, () -> renderer.whenIdle(node, PERIOD)));
        final L3StateTracker previous = trackers.put(node, tracker);
        if (previous != null) {
            previous.close();
        }
        tracker.start();
    }

    private synchronized void untrack(final String node) {
        final L3StateTracker tracker = trackers.remove(node);
        if (tracker != null) {
            tracker.close();
        }
    }

    @Override
    public synchronized void onDataTreeChanged(final List<DataTreeModification<L3>> changes) {
        for (DataTreeModification<L3> change : changes) {
            final NodeKey node = change.getRootPath().path().firstKeyOf(Node.class);
            final L3StateTracker tracker = node == null ? null : trackers.get(node.getName());
            if (tracker != null) {
                tracker.requestRefresh();
            }
        }
    }

    @Deactivate
    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    public synchronized void close() {
        configuration.close();
        try {
            sessions.close();
        } catch (Exception e) {
            LOG.warn("Cannot stop following sessions", e);
        }
        trackers.values().forEach(L3StateTracker::close);
        trackers.clear();
        executor.shutdown();
        LOG.info("L3 state monitor stopped");
    }
}
