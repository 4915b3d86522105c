package io.vswitch.l3.validation;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.l3.Prefixes;
import io.vswitch.renderer.odl.spi.ConfigValidator;
import io.vswitch.renderer.odl.spi.Violation;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddress;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Neighbor;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Vrf;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.proxy.arp.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.proxy.arp.Range;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.NextHops;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.Special;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.VrfLookup;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.next.hops.NextHop;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * The L3 rules a commit must keep on each node: references to interfaces and VRFs that exist on the node, prefixes
 * without host bits and one entry per route, next hops of the destination's family, required leaves present, and
 * no VRF that is not a table (VRF 0 cannot be declared: the model's range).
 */
public final class L3Validator implements ConfigValidator {
    private static final Pattern RESERVED = Pattern.compile("[%/,=? ]");

    @Override
    public List<Violation> validate(final Node node) {
        final var l3Augmentation = node.augmentation(
            org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.Node1.class);
        final L3 l3 = l3Augmentation == null ? null : l3Augmentation.getL3();
        if (l3 == null) {
            return List.of();
        }
        final Check check = new Check(node.getName(), interfaces(node), vrfs(l3));
        if (l3.getVrf() != null) {
            l3.getVrf().values().forEach(check::vrf);
        }
        if (l3.getRoute() != null) {
            l3.getRoute().values().forEach(check::route);
        }
        if (l3.getNeighbor() != null) {
            l3.getNeighbor().values().forEach(check::neighbor);
        }
        if (l3.getProxyArp() != null) {
            if (l3.getProxyArp().getRange() != null) {
                l3.getProxyArp().getRange().values().forEach(check::range);
            }
            if (l3.getProxyArp().getInterface() != null) {
                l3.getProxyArp().getInterface().values().forEach(check::proxyInterface);
            }
        }
        return check.violations;
    }

    private static Set<String> interfaces(final Node node) {
        final var augmentation = node.augmentation(
            org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1.class);
        if (augmentation == null || augmentation.getInterfaces() == null
                || augmentation.getInterfaces().getInterface() == null) {
            return Set.of();
        }
        final Set<String> names = new HashSet<>();
        augmentation.getInterfaces().getInterface().keySet().forEach(key -> names.add(key.getName()));
        return names;
    }

    /** The declared tables: id to families (bit 0 IPv4, bit 1 IPv6). */
    private static Map<Long, Integer> vrfs(final L3 l3) {
        final Map<Long, Integer> vrfs = new HashMap<>();
        if (l3.getVrf() != null) {
            for (Vrf vrf : l3.getVrf().values()) {
                vrfs.put(vrf.getId().toJava(), (Boolean.FALSE.equals(vrf.getIpv4()) ? 0 : 1)
                    | (Boolean.FALSE.equals(vrf.getIpv6()) ? 0 : 2));
            }
        }
        return vrfs;
    }

    /**
     * One node's check; collects the violations.
     */
    private static final class Check {
        private final String node;
        private final Set<String> interfaces;
        private final Map<Long, Integer> vrfs;
        private final Map<String, String> routes = new HashMap<>();
        private final List<Violation> violations = new ArrayList<>();

        Check(final String node, final Set<String> interfaces, final Map<Long, Integer> vrfs) {
            this.node = node;
            this.interfaces = interfaces;
            this.vrfs = vrfs;
        }

        void vrf(final Vrf vrf) {
            if (Boolean.FALSE.equals(vrf.getIpv4()) && Boolean.FALSE.equals(vrf.getIpv6())) {
                refuse(path("vrf=" + vrf.getId()), "VRF " + vrf.getId() + " has neither ipv4 nor ipv6");
            }
        }

        void route(final Route route) {
            final String text = route.getDestination().getIpv4Prefix() != null
                ? route.getDestination().getIpv4Prefix().getValue() : route.getDestination().getIpv6Prefix().getValue();
            // built only for a refusal: 100,000 routes are checked per commit
            final Supplier<String> path = () -> path("route=" + route.getVrf() + "," + encode(text));
            final IpPrefix destination = IpPrefix.parse(text);
            final boolean ipv6 = destination.isIpv6();
            final InetAddress network = Prefixes.masked(destination.address(), destination.length());
            if (!network.equals(destination.address())) {
                refuse(path.get() + "/destination", "host bits are set in " + text + " (the network is "
                    + InetAddresses.toAddrString(network) + "/" + destination.length() + ")");
            } else {
                final String canonical = route.getVrf() + " " + InetAddresses.toAddrString(network) + "/"
                    + destination.length();
                final String other = routes.putIfAbsent(canonical, text);
                if (other != null) {
                    refuse(path.get() + "/destination", text + " is the same prefix as route " + other + " in VRF "
                        + route.getVrf());
                }
            }
            table(() -> path.get() + "/vrf", route.getVrf().toJava(), ipv6, "the route's VRF");
            final var target = route.getTarget();
            if (target instanceof VrfLookup lookup && lookup.getNextHopVrf() != null) {
                final long nextHopVrf = lookup.getNextHopVrf().toJava();
                table(() -> path.get() + "/next-hop-vrf", nextHopVrf, ipv6, "the next-hop VRF");
                if (nextHopVrf == route.getVrf().toJava()) {
                    refuse(path.get() + "/next-hop-vrf", "a lookup in the route's own VRF " + nextHopVrf + " loops");
                }
            } else if (target instanceof Special special && special.getSpecial() != null) {
                return;
            } else if (target instanceof NextHops hops && hops.getNextHop() != null && !hops.getNextHop().isEmpty()) {
                final Set<String> seen = new HashSet<>();
                for (NextHop hop : hops.getNextHop().values()) {
                    nextHop(() -> path.get() + "/next-hop=" + hop.getId(), hop, ipv6, seen);
                }
            } else {
                refuse(path.get(), "required: next hops, a special type (drop, local) or a next-hop VRF");
            }
        }

        private void nextHop(final Supplier<String> path, final NextHop hop, final boolean ipv6,
                final Set<String> seen) {
            final String iface = hop.getInterface();
            final InetAddress address = hop.getAddress() == null ? null
                : InetAddresses.forString(text(hop.getAddress()));
            if (iface == null && address == null) {
                refuse(path.get(), "required: an interface, an address or both");
                return;
            }
            // A next-hop interface that does not exist (yet) is accepted: the route waits for it, pending.
            if (address != null && (address instanceof Inet6Address) != ipv6) {
                refuse(path.get() + "/address", "next hop " + InetAddresses.toAddrString(address) + " is not "
                    + (ipv6 ? "IPv6" : "IPv4") + " like the destination");
            }
            if (!seen.add(iface + " " + (address == null ? "" : InetAddresses.toAddrString(address)))) {
                refuse(path.get(), "the same next hop is given twice");
            }
        }

        void neighbor(final Neighbor neighbor) {
            final String ip = text(neighbor.getIpAddress());
            final String path = path("neighbor=" + encode(neighbor.getInterface()) + "," + encode(ip));
            checkInterface(path + "/interface", neighbor.getInterface());
            if (neighbor.getMacAddress() == null) {
                refuse(path + "/mac-address", "required: the neighbour's MAC address");
            }
        }

        void range(final Range range) {
            final String path = path("proxy-arp/range=" + range.getVrf() + "," + range.getLow().getValue() + ","
                + range.getHigh().getValue());
            final InetAddress low = InetAddresses.forString(range.getLow().getValue());
            final InetAddress high = InetAddresses.forString(range.getHigh().getValue());
            if (Integer.compareUnsigned(InetAddresses.coerceToInteger(low), InetAddresses.coerceToInteger(high)) > 0) {
                refuse(path + "/high", "the range ends (" + range.getHigh().getValue() + ") before it starts ("
                    + range.getLow().getValue() + ")");
            }
            table(() -> path + "/vrf", range.getVrf().toJava(), false, "the range's VRF");
        }

        void proxyInterface(final Interface proxy) {
            checkInterface(path("proxy-arp/interface=" + encode(proxy.getName())) + "/name", proxy.getName());
        }

        private void checkInterface(final String path, final String name) {
            if (!interfaces.contains(name)) {
                refuse(path, "refers to interface " + name + ", which does not exist on node " + node);
            }
        }

        private void table(final Supplier<String> path, final long id, final boolean ipv6, final String what) {
            if (id == 0) {
                return;
            }
            final Integer families = vrfs.get(id);
            if (families == null || (families & (ipv6 ? 2 : 1)) == 0) {
                refuse(path.get(), what + " " + id + " is not declared as a VRF with " + (ipv6 ? "ipv6" : "ipv4")
                    + " on node " + node);
            }
        }

        private void refuse(final String path, final String reason) {
            violations.add(new Violation(path, reason));
        }

        private String path(final String tail) {
            return "/nodes/node=" + encode(node) + "/l3/" + tail;
        }
    }

    private static String text(final IpAddress address) {
        return address.getIpv4Address() != null ? address.getIpv4Address().getValue()
            : address.getIpv6Address().getValue();
    }

    private static String encode(final String keyValue) {
        return RESERVED.matcher(keyValue).replaceAll(match -> Matcher.quoteReplacement(
            String.format("%%%02X", (int) match.group().charAt(0))));
    }

}
