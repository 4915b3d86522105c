package io.vswitch.interfaces.validation;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddress;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Address;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Prefix;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6Address;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6Prefix;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Memif;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.SubInterface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Tap;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Vxlan;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.InterfacesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.AfPacketBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.MemifBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.SubInterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.TapBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.VxlanBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Builders of interface configurations for the tests, with the model's binding classes.
 */
final class TestInterfaces {
    private TestInterfaces() {
    }

    static Node node(final InterfaceBuilder... interfaces) {
        final Map<InterfaceKey, Interface> map = Arrays.stream(interfaces).map(InterfaceBuilder::build)
            .collect(Collectors.toMap(Interface::key, Function.identity()));
        return new NodeBuilder().setName("vpp1").addAugmentation(new Node1Builder()
            .setInterfaces(new InterfacesBuilder().setInterface(map).build()).build()).build();
    }

    static InterfaceBuilder loopback(final String name) {
        return new InterfaceBuilder().setName(name).setType(Loopback.VALUE);
    }

    static InterfaceBuilder memif(final String name, final long id, final String socket) {
        return new InterfaceBuilder().setName(name).setType(Memif.VALUE).setTypeParameters(new MemifBuilder()
            .setMemif(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
                .interfaces._interface.type.parameters.memif.MemifBuilder().setId(Uint32.valueOf(id))
                .setSocketFilename(socket).build()).build());
    }

    static InterfaceBuilder memifSlave(final String name, final long id, final String socket) {
        return new InterfaceBuilder().setName(name).setType(Memif.VALUE).setTypeParameters(new MemifBuilder()
            .setMemif(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
                .interfaces._interface.type.parameters.memif.MemifBuilder().setId(Uint32.valueOf(id))
                .setSocketFilename(socket).setRole(org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces
                    .rev261125.nodes.node.interfaces._interface.type.parameters.memif.Memif.Role.Slave).build())
            .build());
    }

    static InterfaceBuilder memifRing(final String name, final long id, final long ringSize) {
        return new InterfaceBuilder().setName(name).setType(Memif.VALUE).setTypeParameters(new MemifBuilder()
            .setMemif(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
                .interfaces._interface.type.parameters.memif.MemifBuilder().setId(Uint32.valueOf(id))
                .setRingSize(Uint32.valueOf(ringSize)).build()).build());
    }

    static InterfaceBuilder tap(final String name, final Integer rxRing, final Integer txRing) {
        final var tap = new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
            .interfaces._interface.type.parameters.tap.TapBuilder();
        if (rxRing != null) {
            tap.setRxRingSize(Uint16.valueOf(rxRing));
        }
        if (txRing != null) {
            tap.setTxRingSize(Uint16.valueOf(txRing));
        }
        return new InterfaceBuilder().setName(name).setType(Tap.VALUE)
            .setTypeParameters(new TapBuilder().setTap(tap.build()).build());
    }

    static InterfaceBuilder afPacket(final String name, final String host) {
        return new InterfaceBuilder().setName(name).setType(AfPacket.VALUE).setTypeParameters(new AfPacketBuilder()
            .setAfPacket(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
                .interfaces._interface.type.parameters.af.packet.AfPacketBuilder().setHostIfName(host).build())
            .build());
    }

    static InterfaceBuilder vxlan(final String name, final String source, final String destination, final long vni) {
        return new InterfaceBuilder().setName(name).setType(Vxlan.VALUE).setTypeParameters(new VxlanBuilder()
            .setVxlan(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
                .interfaces._interface.type.parameters.vxlan.VxlanBuilder().setSourceAddress(ip(source))
                .setDestinationAddress(ip(destination)).setVni(Uint32.valueOf(vni)).build()).build());
    }

    static InterfaceBuilder sub(final String name, final String parent, final long subId, final int vlan) {
        return new InterfaceBuilder().setName(name).setType(SubInterface.VALUE).setTypeParameters(
            new SubInterfaceBuilder().setSubInterface(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang
                .interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.sub._interface
                .SubInterfaceBuilder().setParent(parent).setSubId(Uint32.valueOf(subId))
                .setVlanId(Uint16.valueOf(vlan)).build()).build());
    }

    static Set<Ipv4Prefix> ipv4(final String... prefixes) {
        return Arrays.stream(prefixes).map(Ipv4Prefix::new).collect(Collectors.toSet());
    }

    static Set<Ipv6Prefix> ipv6(final String... prefixes) {
        return Arrays.stream(prefixes).map(Ipv6Prefix::new).collect(Collectors.toSet());
    }

    private static IpAddress ip(final String text) {
        return text.indexOf(':') >= 0 ? new IpAddress(new Ipv6Address(text)) : new IpAddress(new Ipv4Address(text));
    }
}
