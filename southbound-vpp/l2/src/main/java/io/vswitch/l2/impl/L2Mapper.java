package io.vswitch.l2.impl;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.l2.item.ArpEntry;
import io.vswitch.l2.item.BridgeDomainItem;
import io.vswitch.l2.item.BridgeMember;
import io.vswitch.l2.item.DomainSettings;
import io.vswitch.l2.item.FibEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.ArpTerminationEntry;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.FibEntry.Action;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.Member;

/**
 * Configured bridge domains and cross-connects as renderer item values, with the model's defaults applied. An
 * entry the validator would refuse (no bd-id, a forwarding FIB entry without interface, ...) is refused here too.
 */
final class L2Mapper {
    private L2Mapper() {
        // static only
    }

    static BridgeDomainItem domain(final BridgeDomain entry) {
        final String name = entry.requireName();
        if (entry.getBdId() == null) {
            throw new IllegalArgumentException("bridge domain " + name + " has no bd-id");
        }
        final DomainSettings settings = new DomainSettings(orTrue(entry.getFlood()),
            orTrue(entry.getUnknownUnicastFlood()), orTrue(entry.getForward()), orTrue(entry.getLearn()),
            Boolean.TRUE.equals(entry.getArpTermination()),
            entry.getMacAge() == null ? 0 : entry.getMacAge().intValue());
        final List<BridgeMember> members = new ArrayList<>();
        String bvi = null;
        for (Member member : values(entry.getMember())) {
            final boolean isBvi = Boolean.TRUE.equals(member.getBvi());
            if (isBvi) {
                bvi = member.requireInterface();
            }
            members.add(new BridgeMember(member.requireInterface(), isBvi,
                member.getSplitHorizonGroup() == null ? 0 : member.getSplitHorizonGroup().intValue()));
        }
        final List<FibEntry> fib = new ArrayList<>();
        for (var entryOfFib : values(entry.getFibEntry())) {
            final MacAddress mac = new MacAddress(entryOfFib.requireMacAddress().getValue());
            if (entryOfFib.getAction() == Action.Filter) {
                fib.add(FibEntry.filter(mac));
                continue;
            }
            final String iface = entryOfFib.getOutgoingInterface();
            if (iface == null) {
                throw new IllegalArgumentException("bridge domain " + name + ": FIB entry " + mac
                    + " has no outgoing-interface");
            }
            fib.add(FibEntry.forward(mac, iface, iface.equals(bvi)));
        }
        final List<ArpEntry> arp = new ArrayList<>();
        for (ArpTerminationEntry entryOfArp : values(entry.getArpTerminationEntry())) {
            final String ip = entryOfArp.requireIpAddress().stringValue();
            if (entryOfArp.getMacAddress() == null) {
                throw new IllegalArgumentException("bridge domain " + name + ": ARP entry " + ip + " has no MAC");
            }
            arp.add(new ArpEntry(InetAddresses.forString(ip), new MacAddress(entryOfArp.getMacAddress().getValue())));
        }
        return new BridgeDomainItem(name, entry.getBdId().intValue(), settings, members, fib, arp);
    }

    static io.vswitch.l2.item.Xconnect xconnect(
            final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.Xconnect entry) {
        final String rx = entry.requireReceiveInterface();
        final String tx = entry.getTransmitInterface();
        if (tx == null) {
            throw new IllegalArgumentException("cross-connect " + rx + " has no transmit-interface");
        }
        return new io.vswitch.l2.item.Xconnect(rx, tx);
    }

    private static boolean orTrue(final @Nullable Boolean value) {
        return !Boolean.FALSE.equals(value);
    }

    private static <T> Collection<T> values(final @Nullable Map<?, T> map) {
        return map == null ? List.of() : Objects.requireNonNull(map.values());
    }
}
