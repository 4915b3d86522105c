package io.vswitch.l3.impl;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.MoreExecutors;
import io.vswitch.l3.L3Keys;
import io.vswitch.renderer.odl.OperationalStore;
import io.vswitch.renderer.spi.ItemKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Neighbor;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.StateBuilder;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's L3 configuration as the operational twin needs it (the configured routes and neighbours by item key,
 * with their datastore paths), and the writes of their {@code state} containers: one transaction per write, only
 * the changes; never touches the entries' {@code status} (the renderer glue writes it).
 */
@SuppressWarnings("deprecation") // mergeParentStructureMerge: the entry may not exist yet in the operational store
final class L3StateStore {
    private static final Logger LOG = LoggerFactory.getLogger(L3StateStore.class);

    /**
     * Where a configured route is.
     *
     * @param ipv6 its family
     * @param vrf its table
     * @param path its entry
     */
    record RouteEntry(boolean ipv6, int vrf, InstanceIdentifier<Route> path) {
    }

    /**
     * The configured routes and neighbours of the node.
     *
     * @param routes by item key
     * @param neighbors their entries by item key
     */
    record Configured(Map<ItemKey, RouteEntry> routes, Map<ItemKey, InstanceIdentifier<Neighbor>> neighbors) {
    }

    private final DataBroker broker;
    private final OperationalStore store;
    private final String node;
    private final LongSupplier configurationGeneration;
    private volatile Configured last = new Configured(Map.of(), Map.of());
    /** The generation {@link #last} was read at; none yet. */
    private volatile long readGeneration = -1;

    /**
     * A node's store.
     *
     * @param broker the data broker
     * @param store where the states go
     * @param node the node
     * @param configurationGeneration changes (before the refresh it asks for) whenever the node's L3 configuration
     *     changes; never negative
     */
    L3StateStore(final DataBroker broker, final OperationalStore store, final String node,
            final LongSupplier configurationGeneration) {
        this.broker = broker;
        this.store = store;
        this.node = node;
        this.configurationGeneration = configurationGeneration;
    }

    /**
     * The node's L3 configuration: read from the datastore when it changed since the last read (a read of 100,000
     * routes costs about a second of binding work), the last one otherwise.
     */
    CompletableFuture<Configured> readConfiguration() {
        final long generation = configurationGeneration.getAsLong();
        if (generation == readGeneration) {
            return CompletableFuture.completedFuture(last);
        }
        final CompletableFuture<Configured> result = new CompletableFuture<>();
        try (ReadTransaction tx = broker.newReadOnlyTransaction()) {
            tx.read(LogicalDatastoreType.CONFIGURATION, L3Paths.l3(node)).addCallback(
                new FutureCallback<Optional<L3>>() {
                    @Override
                    public void onSuccess(final Optional<L3> l3) {
                        final Configured configured = l3.map(L3StateStore.this::configured)
                            .orElseGet(() -> new Configured(Map.of(), Map.of()));
                        last = configured;
                        readGeneration = generation;
                        result.complete(configured);
                    }

                    @Override
                    public void onFailure(final Throwable cause) {
                        result.completeExceptionally(cause);
                    }
                }, MoreExecutors.directExecutor());
        }
        return result;
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private Configured configured(final L3 l3) {
        final Map<ItemKey, RouteEntry> routes = new HashMap<>();
        if (l3.getRoute() != null) {
            for (Route route : l3.getRoute().values()) {
                try {
                    final var destination = L3Mapper.destination(L3Mapper.prefixText(route));
                    final int vrf = route.getVrf().intValue();
                    routes.put(L3Keys.routeKey(node, vrf, destination),
                        new RouteEntry(destination.isIpv6(), vrf, L3Paths.route(node, route)));
                } catch (RuntimeException e) {
                    LOG.debug("Node {}: route {} skipped", node, route.key(), e);
                }
            }
        }
        final Map<ItemKey, InstanceIdentifier<Neighbor>> neighbors = new HashMap<>();
        if (l3.getNeighbor() != null) {
            for (Neighbor neighbor : l3.getNeighbor().values()) {
                neighbors.put(L3Keys.neighborKey(node, neighbor.getInterface(),
                    L3Mapper.address(neighbor.getIpAddress())), L3Paths.neighbor(node, neighbor));
            }
        }
        return new Configured(routes, neighbors);
    }

    /**
     * Writes changed states and removes states, in one transaction.
     *
     * @param changed new or changed states by item key
     * @param removed item keys whose state goes
     * @param onFailure called (on any thread) if the write failed: the caller then rewrites everything
     */
    void write(final Map<ItemKey, Object> changed, final Set<ItemKey> removed, final Runnable onFailure) {
        final Configured paths = last;
        changed.forEach((key, state) -> {
            if (state instanceof L3StateTracker.RouteState route) {
                final RouteEntry entry = paths.routes().get(key);
                if (entry != null) {
                    store.put(entry.path().child(State.class), new StateBuilder().setInstalled(route.installed())
                        .setPath(route.paths().isEmpty() ? null : route.paths()).build());
                }
            } else if (state instanceof L3StateTracker.NeighborState neighbor) {
                final var path = paths.neighbors().get(key);
                if (path != null) {
                    store.put(NeighborStates.path(path), NeighborStates.of(neighbor));
                }
            }
        });
        for (ItemKey key : removed) {
            final RouteEntry route = paths.routes().get(key);
            if (route != null) {
                store.delete(route.path().child(State.class));
            }
        }
        LOG.debug("Node {}: {} L3 states queued, {} removed", node, changed.size(), removed.size());
    }
}
