package io.vswitch.l2;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.InterfacesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.BridgeDomainsBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.XconnectsBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomainBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.ArpTerminationEntry;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.ArpTerminationEntryBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.FibEntry;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.FibEntryBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.Member;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.MemberBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.Xconnect;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.XconnectBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * Binding objects of the vswitch-l2 model for tests.
 */
public final class L2Config {
    private L2Config() {
        // factory only
    }

    public static Interface loopback(final String name) {
        return new InterfaceBuilder().setName(name).setType(Loopback.VALUE).build();
    }

    public static Interface afPacket(final String name) {
        return new InterfaceBuilder().setName(name).setType(AfPacket.VALUE).build();
    }

    public static Member member(final String iface, final boolean bvi, final int shg) {
        return new MemberBuilder().setInterface(iface).setBvi(bvi).setSplitHorizonGroup(Uint8.valueOf(shg)).build();
    }

    public static Member member(final String iface) {
        return new MemberBuilder().setInterface(iface).build();
    }

    public static FibEntry fib(final String mac, final String iface) {
        return new FibEntryBuilder().setMacAddress(new MacAddress(mac)).setOutgoingInterface(iface).build();
    }

    public static FibEntry filter(final String mac) {
        return new FibEntryBuilder().setMacAddress(new MacAddress(mac)).setAction(FibEntry.Action.Filter).build();
    }

    public static ArpTerminationEntry arp(final String ip, final String mac) {
        final ArpTerminationEntryBuilder builder = new ArpTerminationEntryBuilder()
            .setIpAddress(new IpAddressNoZone(new Ipv4AddressNoZone(ip)));
        return mac == null ? builder.build() : builder.setMacAddress(new MacAddress(mac)).build();
    }

    public static BridgeDomainBuilder domain(final String name, final Long bdId, final List<Member> members) {
        final BridgeDomainBuilder builder = new BridgeDomainBuilder().setName(name)
            .setMember(members.stream().collect(Collectors.toMap(Member::key, Function.identity())));
        return bdId == null ? builder : builder.setBdId(Uint32.valueOf(bdId));
    }

    public static BridgeDomainBuilder withFib(final BridgeDomainBuilder builder, final FibEntry... entries) {
        return builder.setFibEntry(Arrays.stream(entries).collect(Collectors.toMap(FibEntry::key,
            Function.identity())));
    }

    public static BridgeDomainBuilder withArp(final BridgeDomainBuilder builder,
            final ArpTerminationEntry... entries) {
        return builder.setArpTerminationEntry(Arrays.stream(entries).collect(Collectors.toMap(
            ArpTerminationEntry::key, Function.identity())));
    }

    public static Xconnect xconnect(final String rx, final String tx) {
        return new XconnectBuilder().setReceiveInterface(rx).setTransmitInterface(tx).build();
    }

    public static Node node(final List<Interface> interfaces, final List<BridgeDomain> domains,
            final List<Xconnect> xconnects) {
        return new NodeBuilder().setName("vpp1")
            .addAugmentation(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125
                .Node1Builder().setInterfaces(new InterfacesBuilder().setInterface(interfaces.stream()
                    .collect(Collectors.toMap(Interface::key, Function.identity()))).build()).build())
            .addAugmentation(new Node1Builder()
                .setBridgeDomains(new BridgeDomainsBuilder().setBridgeDomain(domains.stream()
                    .collect(Collectors.toMap(BridgeDomain::key, Function.identity()))).build())
                .setXconnects(new XconnectsBuilder().setXconnect(xconnects.stream()
                    .collect(Collectors.toMap(Xconnect::key, Function.identity()))).build())
                .build())
            .build();
    }
}
