package io.vswitch.l3.descriptor;

import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.l3.Prefixes;
import io.vswitch.l3.item.NextHop;
import io.vswitch.l3.item.Route;
import io.vswitch.l3.item.RouteType;
import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.types.FibMplsLabel;
import io.vswitch.vpp.api.message.types.FibPath;
import io.vswitch.vpp.api.message.types.FibPathNh;
import io.vswitch.vpp.api.message.types.Prefix;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Routes to and from VPP's {@code vl_api_ip_route_t}. Paths as {@code fib_api_path_decode} takes them: a next hop
 * is a NORMAL path with its interface ({@code ~0} when none) and address (zero when none), an address-only next hop
 * is resolved in the route's own table; drop and local are DROP / LOCAL paths without interface; a VRF lookup is a
 * NORMAL path with neither interface nor address in the next-hop table. Decoding maps VPP's dump back to the same
 * canonical {@link Route}; any other shape (VPP's own entries, other agents' routes) becomes
 * {@link RouteType#UNRECOGNISED}.
 */
public final class RouteCodec {
    static final int TYPE_NORMAL = 0;
    static final int TYPE_LOCAL = 1;
    static final int TYPE_DROP = 2;
    static final int PROTO_IP4 = 0;
    static final int PROTO_IP6 = 1;
    private static final int LABEL_STACK_SIZE = 16;
    private static final List<FibMplsLabel> NO_LABELS =
        Collections.nCopies(LABEL_STACK_SIZE, new FibMplsLabel(0, 0, 0, 0));
    private static final byte[] ZERO = new byte[16];

    private RouteCodec() {
        // static only
    }

    /**
     * The API route.
     *
     * @param route the route
     * @param swIfIndex the index of a configured next-hop interface
     * @return the {@code vl_api_ip_route_t}
     */
    static IpRoute encode(final Route route, final ToIntFunction<String> swIfIndex) {
        final int proto = route.isIpv6() ? PROTO_IP6 : PROTO_IP4;
        final List<FibPath> paths = switch (route.type()) {
            case DROP -> List.of(path(L3Calls.NONE, 0, 1, 0, TYPE_DROP, proto, ZERO));
            case LOCAL -> List.of(path(L3Calls.NONE, 0, 1, 0, TYPE_LOCAL, proto, ZERO));
            case VRF_LOOKUP -> List.of(path(L3Calls.NONE, route.nextHopVrf(), 1, 0, TYPE_NORMAL, proto, ZERO));
            case FORWARD -> nextHops(route, proto, swIfIndex);
            case UNRECOGNISED -> throw new IllegalArgumentException("not a configurable route: " + route);
        };
        return new IpRoute(route.vrf(), 0, prefix(route.destination()), paths.size(), paths);
    }

    private static List<FibPath> nextHops(final Route route, final int proto, final ToIntFunction<String> index) {
        final List<FibPath> paths = new ArrayList<>(route.nextHops().size());
        for (NextHop hop : route.nextHops()) {
            final String iface = hop.iface();
            final InetAddress address = hop.address();
            final byte[] union = address == null ? ZERO : L3Calls.union(address);
            paths.add(iface == null
                ? path(L3Calls.NONE, route.vrf(), hop.weight(), hop.preference(), TYPE_NORMAL, proto, union)
                : path(index.applyAsInt(iface), 0, hop.weight(), hop.preference(), TYPE_NORMAL, proto, union));
        }
        return paths;
    }

    private static FibPath path(final int swIfIndex, final int tableId, final int weight, final int preference,
            final int type, final int proto, final byte[] union) {
        return new FibPath(swIfIndex, tableId, 0, weight, preference, type, 0, proto,
            new FibPathNh(union, 0, 0, 0), 0, NO_LABELS);
    }

    static Prefix prefix(final IpPrefix prefix) {
        return new Prefix(L3Calls.address(prefix.address()), prefix.length());
    }

    /**
     * The destination of an API route, host bits cleared (VPP's key for the entry).
     */
    static IpPrefix destination(final Prefix prefix) {
        final InetAddress address = L3Calls.address(prefix.address());
        return new IpPrefix(Prefixes.masked(address, prefix.len()), prefix.len());
    }

    /**
     * The canonical route of a dumped entry.
     *
     * @param route the dumped route
     * @param names configured interface names by index
     * @return the route, {@link RouteType#UNRECOGNISED} when this area would not have created it
     */
    static Route decode(final IpRoute route, final InterfaceNames names) {
        final int vrf = route.tableId();
        final IpPrefix destination = destination(route.prefix());
        final boolean ipv6 = destination.isIpv6();
        final List<FibPath> paths = route.paths();
        if (paths.size() == 1) {
            final FibPath only = paths.get(0);
            if (only.swIfIndex() == L3Calls.NONE) {
                if (only.type() == TYPE_DROP) {
                    return Route.special(vrf, destination, RouteType.DROP);
                }
                if (only.type() == TYPE_LOCAL) {
                    return Route.special(vrf, destination, RouteType.LOCAL);
                }
                if (only.type() == TYPE_NORMAL && L3Calls.isZero(only.nh().address(), ipv6)) {
                    return Route.lookup(vrf, destination, only.tableId());
                }
            }
        }
        final List<NextHop> hops = new ArrayList<>(paths.size());
        for (FibPath path : paths) {
            if (path.type() != TYPE_NORMAL || path.proto() != (ipv6 ? PROTO_IP6 : PROTO_IP4)) {
                return unrecognised(vrf, destination);
            }
            final byte[] union = path.nh().address();
            final InetAddress address = L3Calls.isZero(union, ipv6) ? null : L3Calls.address(union, ipv6);
            if (path.swIfIndex() != L3Calls.NONE) {
                hops.add(new NextHop(names.nameOrIndex(path.swIfIndex()), address, path.weight(),
                    path.preference()));
            } else if (address != null && path.tableId() == vrf) {
                hops.add(new NextHop(null, address, path.weight(), path.preference()));
            } else {
                return unrecognised(vrf, destination);
            }
        }
        return hops.isEmpty() ? unrecognised(vrf, destination) : Route.via(vrf, destination, hops);
    }

    /**
     * The canonical route of a dumped entry, for readers outside the renderer (the operational twin).
     *
     * @param route the dumped route
     * @param namesByIndex configured interface names by VPP index
     * @return the route
     */
    public static Route decode(final IpRoute route, final Map<Integer, String> namesByIndex) {
        return decode(route, InterfaceNames.of(namesByIndex));
    }

    /**
     * The destination of a dumped route as this area keys it (host bits cleared).
     *
     * @param route the dumped route
     * @return the prefix
     */
    public static IpPrefix destinationOf(final IpRoute route) {
        return destination(route.prefix());
    }

    private static Route unrecognised(final int vrf, final IpPrefix destination) {
        return new Route(vrf, destination, RouteType.UNRECOGNISED, List.of(), 0);
    }
}
