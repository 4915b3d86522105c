package io.vswitch.renderer.odl.impl;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.MoreExecutors;
import io.vswitch.nodes.NodeManager;
import io.vswitch.nodes.NodeSessionListener;
import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.odl.OperationalStore;
import io.vswitch.renderer.odl.RendererService;
import io.vswitch.renderer.odl.spi.ConfigMapping;
import io.vswitch.renderer.odl.spi.FeatureArea;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.vpp.api.client.VppSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataObjectModification;
import org.opendaylight.mdsal.binding.api.DataObjectModification.ModificationType;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemStatus;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renderer on the datastore. Committed configuration reaches it through one data-tree listener on
 * {@code /nodes/node}; every registered {@link FeatureArea} maps its lists' entries to items; each node's items go to
 * that node's {@link NodeScheduler}, which is connected whenever the node's VPP session is. The listener never calls
 * VPP: it only submits transactions.
 */
@Component(service = RendererService.class, immediate = true, configurationPid = "io.vswitch.renderer")
@Designate(ocd = RendererComponent.Config.class)
public final class RendererComponent implements RendererService, DataTreeChangeListener<Node>, NodeSessionListener,
        AutoCloseable {
    /**
     * Settings, from {@code etc/io.vswitch.renderer.cfg}.
     */
    @ObjectClassDefinition(name = "vSwitch renderer")
    public @interface Config {
        /**
         * Seconds between drift checks: a resync of every connected node, which repairs what was changed in VPP
         * behind the controller's back. 0 turns them off.
         */
        @AttributeDefinition(min = "0")
        int driftCheckSeconds() default 300;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RendererComponent.class);
    private static final InstanceIdentifier<Nodes> NODES = InstanceIdentifier.create(Nodes.class);

    private final DataBroker dataBroker;
    private final OperationalStore writer;
    private final List<FeatureArea> areas = new CopyOnWriteArrayList<>();
    /** Guarded by this. */
    private final Map<String, NodeRenderer> renderers = new HashMap<>();
    /** Guarded by this. */
    private final Map<String, VppSession> sessions = new HashMap<>();
    private final Registration listener;
    private final Registration sessionListener;
    private final ScheduledExecutorService driftCheck = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "vswitch-drift-check");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public RendererComponent(@Reference final DataBroker dataBroker, @Reference final NodeManager nodeManager,
            @Reference final OperationalStore operationalStore, final Config config) {
        this.dataBroker = dataBroker;
        writer = operationalStore;
        listener = dataBroker.registerTreeChangeListener(
            DataTreeIdentifier.create(LogicalDatastoreType.CONFIGURATION, NODES.child(Node.class)), this);
        sessionListener = nodeManager.addSessionListener(this);
        final int period = config.driftCheckSeconds();
        if (period > 0) {
            driftCheck.scheduleWithFixedDelay(this::checkDrift, period, period, TimeUnit.SECONDS);
        }
        LOG.info("Renderer started; drift check every {} s", period);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        unbind = "removeArea")
    void addArea(final FeatureArea area) {
        areas.add(area);
        LOG.info("Renderer: feature area {} registered ({} descriptors)", area.name(), area.descriptors().size());
        synchronized (this) {
            final List<Descriptor<?>> all = allDescriptors();
            renderers.values().forEach(renderer -> renderer.scheduler().setDescriptors(all));
        }
        // The initial notification of the listener may have come before this area: read its lists now.
        reload(List.of(area));
    }

    void removeArea(final FeatureArea area) {
        areas.remove(area);
        LOG.info("Renderer: feature area {} gone; its items stay in VPP as they are", area.name());
        synchronized (this) {
            final List<Descriptor<?>> all = allDescriptors();
            renderers.values().forEach(renderer -> renderer.scheduler().setDescriptors(all));
        }
    }

    @Override
    public synchronized SortedSet<String> nodes() {
        return new TreeSet<>(renderers.keySet());
    }

    @Override
    public synchronized Optional<NodeScheduler> scheduler(final String node) {
        return Optional.ofNullable(renderers.get(node)).map(NodeRenderer::scheduler);
    }

    @Override
    public CompletableFuture<Void> whenIdle(final String node, final Duration atMost) {
        final long deadline = System.nanoTime() + atMost.toNanos();
        return RendererService.super.whenIdle(node, atMost).thenCompose(idle -> writer.whenWritten()
            .toCompletableFuture()
            .completeOnTimeout(null, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
    }

    @Override
    public void onInitialData() {
        // Nothing configured yet; an area's reload covers any race with its registration.
    }

    @Override
    public synchronized void onDataTreeChanged(final List<DataTreeModification<Node>> changes) {
        for (DataTreeModification<Node> change : changes) {
            final DataObjectModification<Node> root = change.getRootNode();
            final Node before = root.dataBefore();
            final Node after = root.dataAfter();
            if (root.modificationType() == ModificationType.DELETE || after == null) {
                if (before != null) {
                    removeNode(before.requireName());
                }
                continue;
            }
            final String node = after.requireName();
            final NodeRenderer renderer = renderer(node);
            final DesiredItems.ChangeCollector collector = new DesiredItems.ChangeCollector();
            final long started = System.nanoTime();
            renderer.change("configuration commit", desired -> {
                for (FeatureArea area : areas) {
                    for (ConfigMapping<?> mapping : area.mappings()) {
                        applyChanges(renderer, node, after, root, mapping, desired, collector);
                    }
                }
            }, collector);
            LOG.debug("Node {}: configuration change mapped to items and submitted in {} us", node,
                (System.nanoTime() - started) / 1000);
        }
    }

    private static <T extends DataObject & ItemStatus> void applyChanges(final NodeRenderer renderer,
            final String node, final Node after, final DataObjectModification<Node> root,
            final ConfigMapping<T> mapping,
            final DesiredItems<InstanceIdentifier<? extends ItemStatus>, ConfigMapping<?>> desired,
            final DesiredItems.ChangeCollector collector) {
        final EntryChanges changes = EntryChanges.of(root, mapping.entries());
        if (changes.wholeList()) {
            desired.replaceGroup(mapping, allEntries(renderer, node, after, mapping), collector);
            return;
        }
        final Class<T> type = mapping.entries().getTargetType();
        for (DataObject deleted : changes.deleted()) {
            desired.removeEntry(mapping.pathOf(node, type.cast(deleted)), collector);
        }
        for (DataObject written : changes.written()) {
            final T entry = type.cast(written);
            final InstanceIdentifier<T> path = mapping.pathOf(node, entry);
            final Map<ItemKey, Object> items = itemsOf(renderer, node, after, mapping, entry, path);
            if (items == null) {
                desired.removeEntry(path, collector);
            } else {
                desired.setEntry(path, mapping, items, collector);
            }
        }
    }

    private static <T extends DataObject & ItemStatus> Map<InstanceIdentifier<? extends ItemStatus>,
            Map<ItemKey, Object>> allEntries(final NodeRenderer renderer, final String node, final Node config,
                final ConfigMapping<T> mapping) {
        final Map<InstanceIdentifier<? extends ItemStatus>, Map<ItemKey, Object>> all = new HashMap<>();
        for (T entry : mapping.entriesOf(config)) {
            final InstanceIdentifier<T> path = mapping.pathOf(node, entry);
            final Map<ItemKey, Object> items = itemsOf(renderer, node, config, mapping, entry, path);
            if (items != null) {
                all.put(path, items);
            }
        }
        return all;
    }

    /**
     * The items of an entry, or null when the area cannot map it (validation should have refused it): the entry
     * then shows the reason as a failed status and renders nothing.
     */
    private static <T extends DataObject & ItemStatus> @Nullable Map<ItemKey, Object> itemsOf(
            final NodeRenderer renderer, final String node, final Node config, final ConfigMapping<T> mapping,
            final T entry, final InstanceIdentifier<T> path) {
        try {
            return mapping.items(node, entry, config);
        } catch (IllegalArgumentException e) {
            LOG.warn("Node {}: cannot render {}: {}", node, path, e.getMessage());
            renderer.refuse(path, e.getMessage());
            return null;
        }
    }

    /**
     * Reads the whole configuration and brings the given areas' items in line with it: at start, when an area
     * registers, and as a safety net against a lost initial notification.
     */
    private void reload(final Collection<FeatureArea> which) {
        final ReadTransaction tx = dataBroker.newReadOnlyTransaction();
        final var read = tx.read(LogicalDatastoreType.CONFIGURATION, NODES);
        tx.close();
        read.addCallback(new FutureCallback<Optional<Nodes>>() {
            @Override
            public void onSuccess(final Optional<Nodes> result) {
                result.ifPresent(nodes -> reload(nodes, which));
            }

            @Override
            public void onFailure(final Throwable cause) {
                LOG.warn("Renderer: could not read the configuration", cause);
            }
        }, MoreExecutors.directExecutor());
    }

    private synchronized void reload(final Nodes nodes, final Collection<FeatureArea> which) {
        for (Node config : nodes.nonnullNode().values()) {
            final String node = config.requireName();
            final NodeRenderer renderer = renderer(node);
            final DesiredItems.ChangeCollector collector = new DesiredItems.ChangeCollector();
            renderer.change("configuration read", desired -> {
                for (FeatureArea area : which) {
                    for (ConfigMapping<?> mapping : area.mappings()) {
                        desired.replaceGroup(mapping, allEntries(renderer, node, config, mapping), collector);
                    }
                }
            }, collector);
        }
    }

    private NodeRenderer renderer(final String node) {
        NodeRenderer renderer = renderers.get(node);
        if (renderer == null) {
            renderer = new NodeRenderer(node, allDescriptors(), writer);
            renderers.put(node, renderer);
            final VppSession session = sessions.get(node);
            if (session != null && session.isOpen()) {
                renderer.scheduler().onConnected(session);
            }
        }
        return renderer;
    }

    private void removeNode(final String node) {
        final NodeRenderer renderer = renderers.remove(node);
        if (renderer != null) {
            renderer.close();
            LOG.info("Renderer: node {} removed; VPP left as it is", node);
        }
    }

    private List<Descriptor<?>> allDescriptors() {
        final List<Descriptor<?>> all = new ArrayList<>();
        areas.forEach(area -> all.addAll(area.descriptors()));
        return all;
    }

    @Override
    public synchronized void connected(final String node, final VppSession session) {
        sessions.put(node, session);
        final @Nullable NodeRenderer renderer = renderers.get(node);
        if (renderer != null) {
            renderer.scheduler().onConnected(session);
        }
    }

    @Override
    public synchronized void disconnected(final String node, final String reason) {
        sessions.remove(node);
        final @Nullable NodeRenderer renderer = renderers.get(node);
        if (renderer != null) {
            renderer.scheduler().onDisconnected(reason);
        }
    }

    private synchronized void checkDrift() {
        renderers.values().stream().map(NodeRenderer::scheduler).filter(NodeScheduler::isConnected)
            .forEach(NodeScheduler::resync);
    }

    @Deactivate
    @Override
    public synchronized void close() {
        driftCheck.shutdownNow();
        listener.close();
        sessionListener.close();
        renderers.values().forEach(NodeRenderer::close);
        renderers.clear();
        LOG.info("Renderer stopped");
    }
}
