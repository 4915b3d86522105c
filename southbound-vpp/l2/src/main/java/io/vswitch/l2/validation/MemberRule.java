package io.vswitch.l2.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.Member;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.Xconnect;

/**
 * Members are existing interfaces of the node; a domain has at most one BVI and it is a loopback; an interface is in
 * at most one bridge domain or cross-connect (as the receiving side), and cross-connects join existing interfaces.
 */
final class MemberRule implements L2Rule {
    @Override
    public void check(final NodeL2 l2, final List<Violation> violations) {
        final Map<String, String> usedBy = new HashMap<>();
        for (BridgeDomain domain : l2.domains()) {
            String bvi = null;
            final List<Member> members = domain.getMember() == null ? List.of()
                : domain.getMember().values().stream()
                    .sorted((a, b) -> a.requireInterface().compareTo(b.requireInterface())).toList();
            for (Member member : members) {
                final String name = member.requireInterface();
                final String path = l2.domainPath(domain, "member=" + L2Paths.encode(name));
                final Interface iface = l2.iface(name);
                if (iface == null) {
                    violations.add(new Violation(path, "refers to interface " + name
                        + " that does not exist on this node"));
                    continue;
                }
                final String other = usedBy.putIfAbsent(name, "bridge domain " + domain.requireName());
                if (other != null) {
                    violations.add(new Violation(path, "interface " + name + " is already in " + other));
                }
                if (Boolean.TRUE.equals(member.getBvi())) {
                    if (bvi != null) {
                        violations.add(new Violation(path + "/bvi", "bridge domain " + domain.requireName()
                            + " already has BVI " + bvi));
                    } else {
                        bvi = name;
                    }
                    if (!(iface.getType() instanceof Loopback)) {
                        violations.add(new Violation(path + "/bvi", "a BVI must be a loopback; " + name
                            + " is not"));
                    }
                }
            }
        }
        for (Xconnect xconnect : l2.xconnects()) {
            final String rx = xconnect.requireReceiveInterface();
            if (l2.iface(rx) == null) {
                violations.add(new Violation(l2.xconnectPath(xconnect), "refers to interface " + rx
                    + " that does not exist on this node"));
            } else {
                final String other = usedBy.putIfAbsent(rx, "cross-connect " + rx);
                if (other != null) {
                    violations.add(new Violation(l2.xconnectPath(xconnect), "interface " + rx + " is already in "
                        + other));
                }
            }
            final String tx = xconnect.getTransmitInterface();
            if (tx == null) {
                violations.add(new Violation(l2.xconnectPath(xconnect, "transmit-interface"),
                    "transmit-interface is required"));
            } else if (l2.iface(tx) == null) {
                violations.add(new Violation(l2.xconnectPath(xconnect, "transmit-interface"),
                    "refers to interface " + tx + " that does not exist on this node"));
            } else if (tx.equals(rx)) {
                violations.add(new Violation(l2.xconnectPath(xconnect, "transmit-interface"),
                    "an interface cannot be cross-connected to itself"));
            }
        }
    }
}
