package io.vswitch.l2.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.ArpTerminationEntry;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.FibEntry;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.FibEntry.Action;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.Member;

/**
 * A forwarding FIB entry names a member of its domain; an ARP-termination entry has its MAC.
 */
final class EntryRule implements L2Rule {
    @Override
    public void check(final NodeL2 l2, final List<Violation> violations) {
        for (BridgeDomain domain : l2.domains()) {
            final Set<String> members = domain.getMember() == null ? Set.of()
                : domain.getMember().values().stream().map(Member::requireInterface).collect(Collectors.toSet());
            if (domain.getFibEntry() != null) {
                for (FibEntry entry : domain.getFibEntry().values()) {
                    checkFib(l2, domain, entry, members, violations);
                }
            }
            if (domain.getArpTerminationEntry() != null) {
                for (ArpTerminationEntry entry : domain.getArpTerminationEntry().values()) {
                    if (entry.getMacAddress() == null) {
                        violations.add(new Violation(l2.domainPath(domain, "arp-termination-entry="
                            + L2Paths.encode(entry.requireIpAddress().stringValue()), "mac-address"),
                            "mac-address is required"));
                    }
                }
            }
        }
    }

    private static void checkFib(final NodeL2 l2, final BridgeDomain domain, final FibEntry entry,
            final Set<String> members, final List<Violation> violations) {
        if (entry.getAction() == Action.Filter) {
            return;
        }
        final String path = l2.domainPath(domain, "fib-entry=" + L2Paths.encode(entry.requireMacAddress().getValue()),
            "outgoing-interface");
        final String iface = entry.getOutgoingInterface();
        if (iface == null) {
            violations.add(new Violation(path, "outgoing-interface is required for a forwarding entry"));
        } else if (!members.contains(iface)) {
            violations.add(new Violation(path, "interface " + iface + " is not a member of bridge domain "
                + domain.requireName()));
        }
    }
}
