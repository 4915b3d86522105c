package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.l3.IpRouteAddDel;
import io.vswitch.vpp.api.message.l3.IpRouteDetails;
import io.vswitch.vpp.api.message.l3.IpRouteDump;
import io.vswitch.vpp.api.message.l3.IpTable;
import io.vswitch.vpp.api.message.l3.IpTableAddDel;
import io.vswitch.vpp.api.message.types.FibMplsLabel;
import io.vswitch.vpp.api.message.types.FibPath;
import io.vswitch.vpp.api.message.types.FibPathNh;
import io.vswitch.vpp.sim.area.SimApiTestSupport;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builders for routes and paths, and route dump helpers.
 */
abstract class L3TestSupport extends SimApiTestSupport {
    static final int TYPE_NORMAL = 0;
    static final int TYPE_LOCAL = 1;
    static final int TYPE_DROP = 2;
    static final int PROTO_IP4 = 0;
    static final int PROTO_IP6 = 1;
    static final List<FibMplsLabel> NO_LABELS = Collections.nCopies(16, new FibMplsLabel(0, 0, 0, 0));

    /**
     * A path.
     */
    static FibPath path(final int swIfIndex, final String nextHop, final int tableId, final int weight,
            final int preference, final int type) {
        final boolean ip6 = nextHop.contains(":");
        return new FibPath(swIfIndex, tableId, 0, weight, preference, type, 0, ip6 ? PROTO_IP6 : PROTO_IP4,
            new FibPathNh(address(nextHop).un(), 0, 0, 0), 0, NO_LABELS);
    }

    /**
     * A normal path via a next hop on an interface, weight 1.
     */
    static FibPath via(final String nextHop, final int swIfIndex) {
        return path(swIfIndex, nextHop, 0, 1, 0, TYPE_NORMAL);
    }

    static IpRouteAddDel route(final boolean add, final boolean multipath, final int tableId, final String prefix,
            final FibPath... paths) {
        return new IpRouteAddDel(add, multipath, new IpRoute(tableId, 0, prefix(prefix), paths.length,
            List.of(paths)));
    }

    static IpRouteAddDel add(final String prefix, final FibPath... paths) {
        return route(true, false, 0, prefix, paths);
    }

    static IpTableAddDel table(final boolean add, final boolean ip6, final int tableId, final String name) {
        return new IpTableAddDel(add, new IpTable(tableId, ip6, name));
    }

    List<IpRouteDetails> routes(final boolean ip6, final int tableId) {
        return dump(new IpRouteDump(new IpTable(tableId, ip6, "")));
    }

    /**
     * The dumped routes of a table by their prefix text.
     */
    Map<String, IpRoute> routesByPrefix(final boolean ip6, final int tableId) {
        return routes(ip6, tableId).stream().map(IpRouteDetails::route)
            .collect(Collectors.toMap(route -> text(route.prefix()), route -> route));
    }

    Optional<IpRoute> dumped(final int tableId, final String prefix) {
        return Optional.ofNullable(routesByPrefix(prefix.contains(":"), tableId).get(text(prefix(prefix))));
    }
}
