package io.vswitch.l3.impl;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.l3.L3Keys;
import io.vswitch.l3.Prefixes;
import io.vswitch.l3.item.NextHop;
import io.vswitch.l3.item.ProxyArpInterface;
import io.vswitch.l3.item.ProxyArpRange;
import io.vswitch.l3.item.Route;
import io.vswitch.l3.item.RouteType;
import io.vswitch.l3.item.StaticNeighbor;
import io.vswitch.l3.item.VrfTable;
import io.vswitch.renderer.spi.ItemKey;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddress;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Neighbor;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Vrf;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.proxy.arp.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.proxy.arp.Range;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.Target;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.NextHops;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.Special;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.VrfLookup;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * Configured L3 entries as renderer items. Routes are keyed by their table and network address (host bits cleared,
 * canonical text), so that two spellings of one prefix make one item (the validator refuses such pairs).
 */
final class L3Mapper {
    private static final int DEFAULT_WEIGHT = 1;

    private L3Mapper() {
        // static only
    }

    static Map<ItemKey, Object> vrf(final String node, final Vrf entry) {
        final int id = entry.getId().intValue();
        final String name = entry.getName() == null ? "" : entry.getName();
        final Map<ItemKey, Object> items = new LinkedHashMap<>(2);
        if (!Boolean.FALSE.equals(entry.getIpv4())) {
            items.put(InterfaceKeys.vrfKey(node, false, id), new VrfTable(id, false, name));
        }
        if (!Boolean.FALSE.equals(entry.getIpv6())) {
            items.put(InterfaceKeys.vrfKey(node, true, id), new VrfTable(id, true, name));
        }
        return items;
    }

    static Map<ItemKey, Object> route(final String node,
            final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route entry) {
        final Route route = routeOf(entry);
        return Map.of(L3Keys.routeKey(node, route.vrf(), route.destination()), route);
    }

    /**
     * A route's item, waiting also for the bridge domain of each BVI it goes through.
     */
    static Map<ItemKey, Object> route(final String node,
            final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route entry,
            final Node config) {
        Route route = routeOf(entry);
        if (!route.nextHops().isEmpty()) {
            final Map<String, ItemKey> bvis = BviDomains.of(node, config);
            if (!bvis.isEmpty()) {
                final List<ItemKey> requires = route.nextHops().stream().map(NextHop::iface)
                    .filter(iface -> iface != null && bvis.containsKey(iface)).map(bvis::get).distinct().toList();
                route = route.requiring(requires);
            }
        }
        return Map.of(L3Keys.routeKey(node, route.vrf(), route.destination()), route);
    }

    static Route routeOf(final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route
            entry) {
        final int vrf = entry.getVrf().intValue();
        final IpPrefix destination = destination(prefixText(entry));
        final Target target = entry.getTarget();
        if (target instanceof Special special && special.getSpecial() != null) {
            return Route.special(vrf, destination, switch (special.getSpecial()) {
                case Drop -> RouteType.DROP;
                case Local -> RouteType.LOCAL;
            });
        }
        if (target instanceof VrfLookup lookup && lookup.getNextHopVrf() != null) {
            return Route.lookup(vrf, destination, lookup.getNextHopVrf().intValue());
        }
        if (target instanceof NextHops hops && hops.getNextHop() != null && !hops.getNextHop().isEmpty()) {
            final List<NextHop> nextHops = new ArrayList<>(hops.getNextHop().size());
            for (var hop : hops.getNextHop().values()) {
                nextHops.add(new NextHop(hop.getInterface(), address(hop.getAddress()),
                    hop.getWeight() == null ? DEFAULT_WEIGHT : hop.getWeight().intValue(),
                    hop.getPreference() == null ? 0 : hop.getPreference().intValue()));
            }
            return Route.via(vrf, destination, nextHops);
        }
        throw new IllegalArgumentException("route " + destination + " in VRF " + vrf
            + " has no next hop, special type or next-hop VRF");
    }

    static String prefixText(final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route
            entry) {
        final var prefix = entry.getDestination();
        return prefix.getIpv4Prefix() != null ? prefix.getIpv4Prefix().getValue()
            : prefix.getIpv6Prefix().getValue();
    }

    /**
     * The prefix with its host bits cleared.
     */
    static IpPrefix destination(final String text) {
        final IpPrefix given = IpPrefix.parse(text);
        return new IpPrefix(Prefixes.masked(given.address(), given.length()), given.length());
    }

    static Map<ItemKey, Object> neighbor(final String node, final Neighbor entry) {
        final InetAddress ip = InetAddresses.forString(text(entry.getIpAddress()));
        if (entry.getMacAddress() == null) {
            throw new IllegalArgumentException("neighbour " + InetAddresses.toAddrString(ip) + " has no MAC address");
        }
        return Map.of(L3Keys.neighborKey(node, entry.getInterface(), ip),
            StaticNeighbor.of(entry.getInterface(), ip, new MacAddress(entry.getMacAddress().getValue())));
    }

    static Map<ItemKey, Object> range(final String node, final Range entry) {
        final ProxyArpRange range = new ProxyArpRange(entry.getVrf().intValue(),
            (Inet4Address) InetAddresses.forString(entry.getLow().getValue()),
            (Inet4Address) InetAddresses.forString(entry.getHigh().getValue()));
        return Map.of(L3Keys.proxyArpRangeKey(node, range.vrf(), range.low(), range.high()), range);
    }

    static Map<ItemKey, Object> proxyInterface(final String node, final Interface entry) {
        return Map.of(L3Keys.proxyArpInterfaceKey(node, entry.getName()), new ProxyArpInterface(entry.getName()));
    }

    static @Nullable InetAddress address(final @Nullable IpAddress address) {
        return address == null ? null : InetAddresses.forString(text(address));
    }

    static String text(final IpAddress address) {
        return address.getIpv4Address() != null ? address.getIpv4Address().getValue()
            : address.getIpv6Address().getValue();
    }
}
