package io.vswitch.l3.impl;

import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.l3.L3Keys;
import io.vswitch.l3.descriptor.RouteCodec;
import io.vswitch.l3.item.Route;
import io.vswitch.renderer.odl.spi.StateRefresher;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.vpp.api.client.VppApi;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.l3.IpNeighborDetails;
import io.vswitch.vpp.api.message.l3.IpNeighborDump;
import io.vswitch.vpp.api.message.l3.IpRouteDetails;
import io.vswitch.vpp.api.message.l3.IpRouteDump;
import io.vswitch.vpp.api.message.l3.IpTable;
import io.vswitch.vpp.api.message.types.Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The operational state of one connected node's configured routes and neighbours: reads the node's L3
 * configuration, dumps the interfaces (for names), the tables of the configured routes and the neighbours (see
 * {@link StateRefresher} for when); the dumps are processed on the refresher's thread, never on the client's event
 * loop.
 */
final class L3StateTracker extends StateRefresher<ItemKey, Object> {
    private static final int ALL = 0xFFFF_FFFF;
    private static final int AF_IP4 = 0;
    private static final int AF_IP6 = 1;
    private static final int FLAG_STATIC = 1;
    private static final int IP4_LENGTH = 4;
    private static final int IP6_LENGTH = 16;

    private final VppApi vpp;
    private final L3StateStore store;

    L3StateTracker(final String node, final VppApi vpp, final L3StateStore store, final Schedule schedule) {
        super(node, schedule);
        this.vpp = vpp;
        this.store = store;
    }

    @Override
    protected CompletionStage<Map<ItemKey, Object>> read() {
        return store.readConfiguration().thenCompose(this::dump);
    }

    @Override
    protected void write(final Map<ItemKey, Object> changed, final Set<ItemKey> removed, final Runnable onFailure) {
        store.write(changed, removed, onFailure);
    }

    private CompletableFuture<Map<ItemKey, Object>> dump(final L3StateStore.Configured configured) {
        final var interfaces = vpp.dump(new SwInterfaceDump(ALL, false, ""));
        final Set<List<Integer>> tables = new HashSet<>();
        configured.routes().values().forEach(path -> tables.add(List.of(path.ipv6() ? 1 : 0, path.vrf())));
        final List<CompletableFuture<List<IpRouteDetails>>> routes = new ArrayList<>();
        for (List<Integer> table : tables) {
            routes.add(vpp.dump(new IpRouteDump(new IpTable(table.get(1), table.get(0) == 1, ""))));
        }
        final var neighbors4 = configured.neighbors().isEmpty() ? CompletableFuture.completedFuture(
            List.<IpNeighborDetails>of()) : vpp.dump(new IpNeighborDump(ALL, AF_IP4));
        final var neighbors6 = configured.neighbors().isEmpty() ? CompletableFuture.completedFuture(
            List.<IpNeighborDetails>of()) : vpp.dump(new IpNeighborDump(ALL, AF_IP6));
        final List<CompletableFuture<?>> all = new ArrayList<>(routes);
        all.add(interfaces);
        all.add(neighbors4);
        all.add(neighbors6);
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApplyAsync(done -> {
            final Map<Integer, String> names = new HashMap<>();
            for (SwInterfaceDetails details : interfaces.join()) {
                if (!details.tag().isEmpty()) {
                    names.put(details.swIfIndex(), details.tag());
                }
            }
            final Map<ItemKey, Object> states = new HashMap<>();
            configured.routes().keySet().forEach(key -> states.put(key, RouteState.ABSENT));
            configured.neighbors().keySet().forEach(key -> states.put(key, NeighborState.ABSENT));
            for (CompletableFuture<List<IpRouteDetails>> table : routes) {
                for (IpRouteDetails details : table.join()) {
                    final ItemKey key = L3Keys.routeKey(node(), details.route().tableId(),
                        RouteCodec.destinationOf(details.route()));
                    if (states.containsKey(key)) {
                        final Route route = RouteCodec.decode(details.route(), names);
                        states.put(key, new RouteState(true, route.describePaths()));
                    }
                }
            }
            for (var family : List.of(neighbors4.join(), neighbors6.join())) {
                for (IpNeighborDetails details : family) {
                    final String iface = names.get(details.neighbor().swIfIndex());
                    if (iface == null) {
                        continue;
                    }
                    final InetAddress ip = address(details.neighbor().ipAddress());
                    final ItemKey key = L3Keys.neighborKey(node(), iface, ip);
                    if (states.containsKey(key)) {
                        states.put(key, new NeighborState(true, MacAddress.of(details.neighbor().macAddress()).text(),
                            (details.neighbor().flags() & FLAG_STATIC) != 0));
                    }
                }
            }
            return states;
        }, executor());
    }

    /**
     * What VPP holds for a configured route.
     *
     * @param installed whether the last dump showed it
     * @param paths its paths in words
     */
    record RouteState(boolean installed, List<String> paths) {
        static final RouteState ABSENT = new RouteState(false, List.of());
    }

    /**
     * What VPP holds for a configured neighbour.
     *
     * @param installed whether the last dump showed it
     * @param mac the MAC VPP has, empty when absent
     * @param isStatic whether VPP holds it as static
     */
    record NeighborState(boolean installed, String mac, boolean isStatic) {
        static final NeighborState ABSENT = new NeighborState(false, "", false);
    }

    private static InetAddress address(final Address address) {
        final boolean ipv6 = address.af() == AF_IP6;
        try {
            return InetAddress.getByAddress(Arrays.copyOf(address.un(), ipv6 ? IP6_LENGTH : IP4_LENGTH));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address", e);
        }
    }
}
