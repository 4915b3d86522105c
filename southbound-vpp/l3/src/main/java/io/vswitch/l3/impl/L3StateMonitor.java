package io.vswitch.l3.impl;

import io.vswitch.nodes.NodeManager;
import io.vswitch.renderer.odl.OperationalStore;
import io.vswitch.renderer.odl.RendererService;
import io.vswitch.renderer.odl.spi.StateRefresher;
import io.vswitch.renderer.odl.spi.StateRefreshers;
import io.vswitch.vpp.api.client.VppSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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

    private final DataBroker broker;
    private final OperationalStore store;
    private final StateRefreshers trackers;
    private final Registration configuration;
    /** Per node: changes with its L3 configuration, so that a refresh reads the configuration only then. */
    private final Map<String, AtomicLong> configurationGenerations = new ConcurrentHashMap<>();

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
        trackers = new StateRefreshers("l3", nodeManager, renderer, DEBOUNCE, PERIOD, this::newTracker);
        trackers.start();
        configuration = broker.registerTreeChangeListener(
            DataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, ALL_L3), this);
        LOG.info("L3 state monitor started");
    }

    private L3StateTracker newTracker(final String node, final VppSession session,
            final StateRefresher.Schedule schedule) {
        final AtomicLong generation = configurationGenerations.computeIfAbsent(node, ignored -> new AtomicLong());
        return new L3StateTracker(node, session, new L3StateStore(broker, store, node, generation::get), schedule);
    }

    @Override
    public void onDataTreeChanged(final List<DataTreeModification<L3>> changes) {
        for (DataTreeModification<L3> change : changes) {
            final NodeKey node = change.getRootPath().path().firstKeyOf(Node.class);
            if (node != null) {
                configurationGenerations.computeIfAbsent(node.getName(), ignored -> new AtomicLong())
                    .incrementAndGet();
                trackers.requestRefresh(node.getName());
            }
        }
    }

    @Deactivate
    @Override
    public void close() {
        configuration.close();
        trackers.close();
        LOG.info("L3 state monitor stopped");
    }
}
