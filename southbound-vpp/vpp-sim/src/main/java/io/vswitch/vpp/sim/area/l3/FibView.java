package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.sim.state.InterfaceAddress;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of one IP table as VPP's FIB holds them: the API routes merged with what VPP adds by itself, built
 * when a dump or the CLI asks (the simulator forwards nothing, so nothing else needs them). VPP adds:
 * <ul>
 * <li>at table creation, drops for {@code 0.0.0.0/0}, {@code 0.0.0.0/32}, {@code 224.0.0.0/4}, {@code 240.0.0.0/4},
 * {@code 255.255.255.255/32} (IPv6: {@code ::/0}, and {@code fe80::/10} to the link-local lookup);</li>
 * <li>for each address of an admin-up interface bound to the table: the local host route, the connected prefix
 * (IPv4 keeps the address's host bits, IPv6 masks them), and for IPv4 up to /30 drops for the network and
 * broadcast addresses (a next hop to the broadcast with directed broadcast on), for a /31 the peer as a next hop;</li>
 * <li>for each neighbour with a FIB entry, a host route via the neighbour on its interface.</li>
 * </ul>
 * Where several sources give one prefix, the best ({@link FibSource}) provides the paths.
 */
final class FibView {
    private static final int IP4_HOST = 32;
    private static final int IP6_HOST = 128;
    private static final int IP4_P2P = 31;
    private static final int IP4_SUBNET_MAX = 30;

    private final Map<RoutePrefix, FibEntryView> entries = new HashMap<>();
    private final RouteTable routes;

    private FibView(final RouteTable routes) {
        this.routes = routes;
    }

    /**
     * The entries of a table, unordered.
     *
     * @param state the state
     * @param ip6 the family
     * @param tableId an existing table
     * @return the entries
     */
    static List<FibEntryView> entries(final SimState state, final boolean ip6, final int tableId) {
        final L3State l3 = L3State.of(state);
        final FibView view = new FibView(l3.routes(ip6, tableId));
        view.addSpecials(ip6);
        for (SimInterface iface : state.interfaces().all()) {
            if (iface.adminUp() && iface.tableId(ip6) == tableId) {
                for (InterfaceAddress address : iface.addresses()) {
                    if (address.prefix().isIp6() == ip6) {
                        view.addInterfaceRoutes(iface, IpBits.of(address.prefix().address()),
                            address.prefix().length());
                    }
                }
            }
        }
        for (Neighbor neighbor : l3.neighbors().all()) {
            if (neighbor.isIp6() == ip6 && neighbor.hasFibEntry() && state.interfaces().get(neighbor.swIfIndex())
                    .map(iface -> iface.tableId(ip6) == tableId).orElse(false)) {
                final IpBits ip = IpBits.of(neighbor.ip());
                view.add(new RoutePrefix(ip, ip.width()), FibSource.ADJ,
                    RoutePath.viaInterface(PathKind.ATTACHED_NEXT_HOP, ip, neighbor.swIfIndex()));
            }
        }
        final List<FibEntryView> out = new ArrayList<>(view.entries.size() + view.routes.size());
        for (ApiRoute route : view.routes.routes()) {
            final FibEntryView other = view.entries.remove(route.prefix().key());
            if (other == null || FibSource.API.beats(other.source())) {
                out.add(new FibEntryView(other == null ? route.prefix() : other.prefix(), FibSource.API,
                    route.paths(), route.statsIndex()));
            } else {
                out.add(other);
            }
        }
        out.addAll(view.entries.values());
        return out;
    }

    private void addSpecials(final boolean ip6) {
        if (ip6) {
            add(prefix(true, 0, 0, 0), FibSource.DEFAULT_ROUTE, RoutePath.drop(true));
            add(prefix(true, 0xFE80_0000_0000_0000L, 0, 10), FibSource.SPECIAL, RoutePath.exclusive(true));
            return;
        }
        add(prefix(false, 0, 0, 0), FibSource.DEFAULT_ROUTE, RoutePath.drop(false));
        add(prefix(false, 0, 0, IP4_HOST), FibSource.DEFAULT_ROUTE, RoutePath.drop(false));
        add(prefix(false, 0, 0xF000_0000L, 4), FibSource.SPECIAL, RoutePath.drop(false));
        add(prefix(false, 0, 0xE000_0000L, 4), FibSource.SPECIAL, RoutePath.drop(false));
        add(prefix(false, 0, 0xFFFF_FFFFL, IP4_HOST), FibSource.DEFAULT_ROUTE, RoutePath.drop(false));
    }

    private static RoutePrefix prefix(final boolean ip6, final long hi, final long lo, final int length) {
        return new RoutePrefix(new IpBits(ip6, hi, lo), length);
    }

    private void addInterfaceRoutes(final SimInterface iface, final IpBits address, final int length) {
        final int sw = iface.swIfIndex();
        final boolean ip6 = address.ip6();
        add(new RoutePrefix(address, address.width()), FibSource.INTERFACE,
            RoutePath.viaInterface(PathKind.RECEIVE, address, sw));
        if (ip6) {
            if (length < IP6_HOST) {
                add(new RoutePrefix(address.masked(length), length), FibSource.INTERFACE,
                    RoutePath.viaInterface(PathKind.ATTACHED, IpBits.ZERO6, sw));
            }
            return;
        }
        if (length < IP4_HOST) {
            add(new RoutePrefix(address, length), FibSource.INTERFACE,
                RoutePath.viaInterface(PathKind.ATTACHED, IpBits.ZERO4, sw));
        }
        if (length <= IP4_SUBNET_MAX) {
            final IpBits network = address.masked(length);
            if (!network.equals(address)) {
                add(new RoutePrefix(network, IP4_HOST), FibSource.INTERFACE, RoutePath.drop(false));
            }
            final IpBits broadcast = address.withHostBitsSet(length);
            if (!broadcast.equals(address)) {
                add(new RoutePrefix(broadcast, IP4_HOST), FibSource.INTERFACE, iface.directedBroadcast()
                    ? RoutePath.viaInterface(PathKind.ATTACHED_NEXT_HOP, new IpBits(false, 0, 0xFFFF_FFFFL), sw)
                    : RoutePath.drop(false));
            }
        } else if (length == IP4_P2P) {
            final IpBits peer = new IpBits(false, 0, address.lo() ^ 1);
            add(new RoutePrefix(peer, IP4_HOST), FibSource.INTERFACE,
                RoutePath.viaInterface(PathKind.ATTACHED_NEXT_HOP, peer, sw));
        }
    }

    private void add(final RoutePrefix prefix, final FibSource source, final RoutePath path) {
        final RoutePrefix key = prefix.key();
        final FibEntryView existing = entries.get(key);
        if (existing == null) {
            entries.put(key, new FibEntryView(prefix, source, List.of(path), routes.statsIndexFor(key)));
        } else if (source.beats(existing.source())) {
            entries.put(key, new FibEntryView(existing.prefix(), source, List.of(path), existing.statsIndex()));
        } else if (source == existing.source() && source == FibSource.ADJ
                && existing.paths().stream().noneMatch(old -> old.compareIdentity(path) == 0)) {
            final List<RoutePath> paths = new ArrayList<>(existing.paths());
            paths.add(path);
            paths.sort(RoutePath.ORDER);
            entries.put(key, new FibEntryView(existing.prefix(), source, paths, existing.statsIndex()));
        }
    }
}
