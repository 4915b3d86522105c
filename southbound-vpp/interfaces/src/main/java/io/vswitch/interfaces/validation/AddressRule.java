package io.vswitch.interfaces.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;

/**
 * No subnet may be configured on two interfaces of one VRF: VPP refuses an interface address whose prefix overlaps
 * one of another interface in the same table. Sorted sweep per VRF and family, O(n log n).
 */
final class AddressRule implements InterfaceRule {
    private record Subnet(BigInteger start, BigInteger end, int length, Interface owner, String text,
            String leaf) {
        boolean contains(final Subnet other) {
            return start.compareTo(other.start) <= 0 && end.compareTo(other.end) >= 0;
        }
    }

    private record Table(long vrf, String leaf) {
    }

    private static final Comparator<Subnet> ORDER = Comparator.comparing(Subnet::start)
        .thenComparingInt(Subnet::length).thenComparing(subnet -> subnet.owner().requireName());

    @Override
    public void check(final NodeInterfaces interfaces, final List<Violation> violations) {
        final Map<Table, List<Subnet>> tables = new HashMap<>();
        for (Interface iface : interfaces.sorted()) {
            final long vrf = iface.getVrf() != null ? iface.getVrf().toJava() : 0;
            if (iface.getIpv4Address() != null) {
                iface.getIpv4Address().forEach(prefix -> tables.computeIfAbsent(new Table(vrf, "ipv4-address"),
                    table -> new ArrayList<>()).add(subnet(prefix.getValue(), iface, "ipv4-address")));
            }
            if (iface.getIpv6Address() != null) {
                iface.getIpv6Address().forEach(prefix -> tables.computeIfAbsent(new Table(vrf, "ipv6-address"),
                    table -> new ArrayList<>()).add(subnet(prefix.getValue(), iface, "ipv6-address")));
            }
        }
        tables.entrySet().stream().sorted(Comparator.comparing((Map.Entry<Table, List<Subnet>> entry) ->
            entry.getKey().vrf()).thenComparing(entry -> entry.getKey().leaf()))
            .forEach(entry -> sweep(interfaces, entry.getKey().vrf(), entry.getValue(), violations));
    }

    private static void sweep(final NodeInterfaces interfaces, final long vrf, final List<Subnet> subnets,
            final List<Violation> violations) {
        subnets.sort(ORDER);
        // the enclosing subnets of the current one, outermost first; CIDR blocks nest or are disjoint
        final Deque<Subnet> enclosing = new ArrayDeque<>();
        for (Subnet subnet : subnets) {
            while (!enclosing.isEmpty() && !enclosing.peekLast().contains(subnet)) {
                enclosing.removeLast();
            }
            enclosing.stream().filter(outer -> outer.owner() != subnet.owner()).findFirst().ifPresent(outer ->
                violations.add(new Violation(interfaces.path(subnet.owner(), subnet.leaf() + "="
                    + Paths.encode(subnet.text())), subnet.text() + " overlaps " + outer.text()
                    + " of interface " + outer.owner().requireName() + " in VRF " + vrf)));
            enclosing.addLast(subnet);
        }
    }

    private static Subnet subnet(final String prefix, final Interface owner, final String leaf) {
        final int slash = prefix.indexOf('/');
        final byte[] bytes = IpAddresses.parse(prefix.substring(0, slash)).getAddress();
        final int bits = bytes.length * Byte.SIZE;
        final int length = Integer.parseInt(prefix.substring(slash + 1));
        final BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE);
        final BigInteger start = new BigInteger(1, bytes).andNot(hostMask);
        return new Subnet(start, start.or(hostMask), length, owner, prefix, leaf);
    }
}
