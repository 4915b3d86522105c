package io.vswitch.l3.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.l3.L3Keys;
import io.vswitch.l3.item.NextHop;
import io.vswitch.l3.item.Route;
import io.vswitch.l3.item.RouteType;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.l3.IpRouteAddDel;
import io.vswitch.vpp.api.message.l3.IpRouteDetails;
import io.vswitch.vpp.api.message.l3.IpRouteDump;
import io.vswitch.vpp.api.message.l3.IpTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Static routes, {@code <node>/routes/<vrf>/<network>/<length>}: one {@code ip_route_add_del} per create, update or
 * delete, never multipath-incremental: an add replaces the route's whole path list (VPP's
 * {@code fib_table_entry_update}), so an update is the same call and a stale path cannot survive; a delete removes
 * the API's entry for the prefix. Depends on its VRF table (not table 0), on each next-hop interface and on the
 * next-hop VRF of a lookup.
 *
 * <p>Resync: one {@code ip_route_dump} per table that has configured routes or routes this controller created,
 * correlated by value. VPP has no tags on routes, so a route found in VPP is ours when it is configured (same key) or
 * when this controller instance created it and has not deleted it ({@link OwnedKeys}); everything else (VPP's own
 * entries: default drops, multicast, connected and local routes of interface addresses, neighbour host routes; other
 * agents' routes) is not reported and so never touched.
 */
public final class RouteDescriptor implements Descriptor<Route> {
    /** The descriptor's name. */
    public static final String NAME = "route";

    private final OwnedKeys<TableRef> owned = new OwnedKeys<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Route> valueType() {
        return Route.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L3Keys.isIn(key, L3Keys.ROUTES);
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final Route value) {
        final String node = key.node();
        final List<NextHop> hops = value.nextHops();
        if (value.vrf() == 0 && value.type() == RouteType.FORWARD && hops.size() == 1 && value.requires().isEmpty()) {
            // the common case, kept cheap
            final String iface = hops.get(0).iface();
            return iface == null ? List.of() : List.of(L3Calls.onInterface(node, iface, "next-hop interface"));
        }
        final Set<Dependency> dependencies = new LinkedHashSet<>();
        if (value.vrf() != 0) {
            dependencies.add(Dependency.on(InterfaceKeys.vrfKey(node, value.isIpv6(), value.vrf()),
                family(value) + " VRF " + Integer.toUnsignedString(value.vrf())));
        }
        for (NextHop hop : hops) {
            final String iface = hop.iface();
            if (iface != null) {
                dependencies.add(L3Calls.onInterface(node, iface, "next-hop interface"));
            }
        }
        for (ItemKey required : value.requires()) {
            dependencies.add(Dependency.on(required, "bridge domain of BVI " + required.relativeSegments()
                .get(required.relativeSegments().size() - 1)));
        }
        if (value.type() == RouteType.VRF_LOOKUP && value.nextHopVrf() != 0) {
            dependencies.add(Dependency.on(InterfaceKeys.vrfKey(node, value.isIpv6(), value.nextHopVrf()),
                "next-hop " + family(value) + " VRF " + Integer.toUnsignedString(value.nextHopVrf())));
        }
        return List.copyOf(dependencies);
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final Route value) {
        owned.add(key, TableRef.of(value.isIpv6(), value.vrf()));
        return L3Calls.noMetadata(add(ctx, value));
    }

    @Override
    public boolean equivalent(final Route desired, final Route retrieved) {
        return desired.sameInVpp(retrieved);
    }

    @Override
    public UpdatePolicy updatePolicy(final Route oldValue, final Route newValue) {
        if (oldValue.sameInVpp(newValue)) {
            // only what it waits for changed: nothing to do in VPP
            return UpdatePolicy.NOOP;
        }
        return UpdatePolicy.UPDATE_IN_PLACE;
    }

    @Override
    public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final Route oldValue,
            final Route newValue, final Metadata metadata) {
        owned.add(key, TableRef.of(newValue.isIpv6(), newValue.vrf()));
        return L3Calls.noMetadata(add(ctx, newValue));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final Route value,
            final Metadata metadata) {
        // a non-multipath delete removes the API's entry whatever its paths (whose interfaces may be gone already)
        final IpRoute route = new IpRoute(value.vrf(), 0, RouteCodec.prefix(value.destination()), 0, List.of());
        return L3Calls.vpp(ctx).call(new IpRouteAddDel(false, false, route))
            .thenApply(reply -> {
                owned.remove(key);
                return null;
            });
    }

    private static CompletionStage<?> add(final ApplyContext ctx, final Route value) {
        return L3Calls.vpp(ctx).call(new IpRouteAddDel(true, false,
            RouteCodec.encode(value, iface -> L3Calls.swIfIndex(ctx, iface))));
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return L3Calls.isRetriable(error);
    }

    @Override
    public Set<String> retrieveDependencies() {
        return Set.of(InterfaceNames.SOURCE);
    }

    @Override
    public CompletionStage<List<RetrievedItem<Route>>> retrieve(final RetrieveContext ctx) {
        final String node = ctx.nodeName();
        final VppSession vpp = ctx.node(VppSession.class);
        final InterfaceNames names = InterfaceNames.of(ctx);
        final Map<ItemKey, Object> desired = ctx.desired();
        final Set<TableRef> tables = new HashSet<>(owned.infoOf(node));
        for (Object value : desired.values()) {
            if (value instanceof Route route) {
                tables.add(TableRef.of(route.isIpv6(), route.vrf()));
            }
        }
        final List<CompletableFuture<List<IpRouteDetails>>> dumps = new ArrayList<>(tables.size());
        for (TableRef table : tables) {
            dumps.add(vpp.dump(new IpRouteDump(new IpTable(table.id(), table.ipv6(), ""))));
        }
        // decoded off the client's event loop: there may be 100,000 of them
        return CompletableFuture.allOf(dumps.toArray(CompletableFuture[]::new)).thenApplyAsync(all -> {
            final List<RetrievedItem<Route>> items = new ArrayList<>();
            for (CompletableFuture<List<IpRouteDetails>> dump : dumps) {
                for (IpRouteDetails details : dump.join()) {
                    final ItemKey key = L3Keys.routeKey(node, details.route().tableId(),
                        RouteCodec.destination(details.route().prefix()));
                    if (desired.containsKey(key) || owned.contains(key)) {
                        items.add(RetrievedItem.owned(key, RouteCodec.decode(details.route(), names),
                            Metadata.EMPTY));
                    }
                }
            }
            return items;
        });
    }

    private static String family(final Route route) {
        return InterfaceKeys.family(route.isIpv6());
    }
}
