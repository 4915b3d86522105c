package io.vswitch.interfaces.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.AfPacketType;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceSettings;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.interfaces.item.LoopbackType;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.interfaces.item.MemifMode;
import io.vswitch.interfaces.item.MemifRole;
import io.vswitch.interfaces.item.MemifSocket;
import io.vswitch.interfaces.item.MemifType;
import io.vswitch.interfaces.item.RxMode;
import io.vswitch.interfaces.item.SubInterfaceType;
import io.vswitch.interfaces.item.TapType;
import io.vswitch.interfaces.item.VxlanType;
import io.vswitch.renderer.spi.ItemKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddress;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Address;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Prefix;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6Address;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6Prefix;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Memif;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.SubInterface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Tap;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Vxlan;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.AfPacketBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.MemifBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.SubInterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.TapBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.VxlanBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.memif.Memif.Mode;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.memif.Memif.Role;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Interface entries built with the generated binding classes, mapped to items.
 */
class InterfaceMapperTest {
    private static final String NODE = "vpp1";

    private static InterfaceBuilder entry(final String name) {
        return new InterfaceBuilder().setName(name);
    }

    @Test
    void loopbackWithEveryDerivedAspect() {
        final Interface entry = entry("lo1").setType(Loopback.VALUE).setEnabled(false)
            .setMtu(Uint16.valueOf(1400))
            .setMacAddress(new org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715
                .MacAddress("02:FE:00:00:00:01"))
            .setIpv4Address(Set.of(new Ipv4Prefix("10.0.0.1/24")))
            .setIpv6Address(Set.of(new Ipv6Prefix("2001:db8::1/64")))
            .setVrf(Uint32.valueOf(3)).setUnnumbered("lo0").setRxMode(Interface.RxMode.Adaptive)
            .build();
        final Map<ItemKey, Object> items = InterfaceMapper.items(NODE, entry);
        assertEquals(Map.of(InterfaceKeys.interfaceKey(NODE, "lo1"), new InterfaceItem("lo1", new LoopbackType(),
            new InterfaceSettings(false, 1400, new MacAddress("02:fe:00:00:00:01"),
                List.of(IpPrefix.parse("2001:db8::1/64"), IpPrefix.parse("10.0.0.1/24")), 3, 3, "lo0",
                RxMode.ADAPTIVE))), items);
    }

    @Test
    void defaultsOfTheModelApplyToAbsentLeaves() {
        final InterfaceItem item = InterfaceMapper.item(entry("lo1").setType(Loopback.VALUE).build());
        assertEquals(new InterfaceSettings(true, null, null, List.of(), 0, 0, null, null), item.settings());
    }

    @Test
    void memifBringsItsSocketFileItem() {
        final Interface entry = entry("m1").setType(Memif.VALUE).setTypeParameters(new MemifBuilder()
            .setMemif(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
                .interfaces._interface.type.parameters.memif.MemifBuilder()
                .setId(Uint32.valueOf(4)).setSocketFilename("cnf1.sock").setRole(Role.Slave).setMode(Mode.Ip)
                .build())
            .build()).build();
        final Map<ItemKey, Object> items = InterfaceMapper.items(NODE, entry);
        final String socket = "/run/vpp/cnf1.sock";
        assertEquals(new MemifType(socket, 4, MemifRole.SLAVE, MemifMode.IP, 1024, 2048, 1, 1, ""),
            ((InterfaceItem) items.get(InterfaceKeys.interfaceKey(NODE, "m1"))).type());
        assertEquals(new MemifSocket(socket), items.get(InterfaceKeys.memifSocketKey(NODE, socket)));
        assertEquals("vpp1/memif-sockets/%2Frun%2Fvpp%2Fcnf1.sock",
            InterfaceKeys.memifSocketKey(NODE, socket).path());

        final Interface byDefault = entry("m2").setType(Memif.VALUE).setTypeParameters(new MemifBuilder()
            .setMemif(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
                .interfaces._interface.type.parameters.memif.MemifBuilder().setId(Uint32.ONE).build())
            .build()).build();
        assertEquals(new MemifSocket(MemifType.DEFAULT_SOCKET), InterfaceMapper.items(NODE, byDefault)
            .get(InterfaceKeys.memifSocketKey(NODE, MemifType.DEFAULT_SOCKET)));
    }

    @Test
    void otherKinds() {
        assertEquals(new TapType("vtap", "ns", 512, 256), InterfaceMapper.item(entry("t").setType(Tap.VALUE)
            .setTypeParameters(new TapBuilder().setTap(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang
                .interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.tap.TapBuilder()
                .setHostIfName("vtap").setHostNamespace("ns").setRxRingSize(Uint16.valueOf(512)).build()).build())
            .build()).type());
        assertEquals(new TapType(null, null, 256, 256),
            InterfaceMapper.item(entry("t").setType(Tap.VALUE).build()).type());
        assertEquals(new AfPacketType("eth0"), InterfaceMapper.item(entry("a").setType(AfPacket.VALUE)
            .setTypeParameters(new AfPacketBuilder().setAfPacket(new org.opendaylight.yang.gen.v1.urn.io.vswitch
                .yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.af.packet
                .AfPacketBuilder().setHostIfName("eth0").build()).build()).build()).type());
        assertEquals(new VxlanType(InetAddresses.forString("10.0.0.1"), InetAddresses.forString("2001:db8::2"),
            9, 4), InterfaceMapper.item(entry("v").setType(Vxlan.VALUE).setTypeParameters(new VxlanBuilder()
                .setVxlan(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
                    .interfaces._interface.type.parameters.vxlan.VxlanBuilder()
                    .setSourceAddress(new IpAddress(new Ipv4Address("10.0.0.1")))
                    .setDestinationAddress(new IpAddress(new Ipv6Address("2001:db8::2")))
                    .setVni(Uint32.valueOf(9)).setEncapVrf(Uint32.valueOf(4)).build()).build()).build()).type());
        assertEquals(new SubInterfaceType("a", 7, 70), InterfaceMapper.item(entry("a.7").setType(SubInterface.VALUE)
            .setTypeParameters(new SubInterfaceBuilder().setSubInterface(new org.opendaylight.yang.gen.v1.urn.io
                .vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.sub._interface
                .SubInterfaceBuilder().setParent("a").setSubId(Uint32.valueOf(7)).setVlanId(Uint16.valueOf(70))
                .build()).build()).build()).type());
    }

    @Test
    void aNameWithSlashesIsOneKeySegment() {
        final ItemKey key = InterfaceKeys.interfaceKey(NODE, "host/eth0");
        assertEquals("vpp1/interfaces/host%2Feth0", key.path());
        assertEquals("host/eth0", InterfaceKeys.nameOf(key.child("address", "10.0.0.1", "24")));
        assertEquals("address/10.0.0.1/24", InterfaceKeys.aspect(key.child("address", "10.0.0.1", "24")));
    }

    @Test
    void parametersOfAnotherKindAreRefused() {
        final Interface entry = entry("x").setType(AfPacket.VALUE).setTypeParameters(new TapBuilder().build())
            .build();
        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> InterfaceMapper.item(entry));
        assertEquals("interface x of type AF_PACKET needs the AfPacket parameters", error.getMessage());
    }
}
