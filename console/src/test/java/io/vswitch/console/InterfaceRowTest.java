package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Prefix;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6Prefix;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Memif;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.SubInterface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.InterfacesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.StateBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.NodesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.StatusBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;

class InterfaceRowTest {
    private static Nodes nodes(final Node... nodes) {
        return new NodesBuilder().setNode(Arrays.stream(nodes).collect(Collectors.toMap(Node::key, n -> n))).build();
    }

    private static Node node(final String name, final Interface... interfaces) {
        return new NodeBuilder().setName(name).addAugmentation(new Node1Builder().setInterfaces(
            new InterfacesBuilder().setInterface(Arrays.stream(interfaces)
                .collect(Collectors.toMap(Interface::key, i -> i))).build()).build()).build();
    }

    private static State state(final long swIfIndex, final String vppName, final State.OperStatus oper) {
        return new StateBuilder().setSwIfIndex(Uint32.valueOf(swIfIndex)).setVppName(vppName).setOperStatus(oper)
            .build();
    }

    private final Nodes config = nodes(
        node("vswitch",
            new InterfaceBuilder().setName("uplink").setType(AfPacket.VALUE)
                .setIpv4Address(Set.of(new Ipv4Prefix("192.168.1.2/24"), new Ipv4Prefix("10.0.0.1/8")))
                .setIpv6Address(Set.of(new Ipv6Prefix("2001:db8::1/64"))).build(),
            new InterfaceBuilder().setName("bvi0").setType(Loopback.VALUE).setEnabled(false)
                .setVrf(Uint32.valueOf(7)).build(),
            new InterfaceBuilder().setName("uplink.100").setType(SubInterface.VALUE).setUnnumbered("uplink")
                .build()),
        node("cnf1", new InterfaceBuilder().setName("memif0").setType(Memif.VALUE).build()));

    private final Nodes oper = nodes(node("vswitch",
        new InterfaceBuilder().setName("uplink").setState(state(1, "host-eth0", State.OperStatus.Up))
            .setStatus(new StatusBuilder().setState(ItemState.Applied).build()).build(),
        new InterfaceBuilder().setName("bvi0")
            .setStatus(new StatusBuilder().setState(ItemState.Pending)
                .setReason("waits for vrf vswitch/vrf/ipv4/7 (not configured)").build()).build(),
        new InterfaceBuilder().setName("uplink.100")
            .setStatus(new StatusBuilder().setState(ItemState.Failed).setReason("create failed: VPP refused")
                .setVppRetval(-56).setVppMessage("create_subif").build()).build()));

    @Test
    void joinsConfigWithOperationalSortedByNodeAndName() {
        assertEquals(List.of(
            new InterfaceRow("cnf1", "memif0", "memif", true, "-", 0, "-", "-", "-", "unknown"),
            new InterfaceRow("vswitch", "bvi0", "loopback", false, "-", 7, "-", "-", "-",
                "pending: waits for vrf vswitch/vrf/ipv4/7 (not configured)"),
            new InterfaceRow("vswitch", "uplink", "af-packet", true, "10.0.0.1/8, 192.168.1.2/24, 2001:db8::1/64", 0,
                "host-eth0", "1", "up", "applied"),
            new InterfaceRow("vswitch", "uplink.100", "sub-interface", true, "unnumbered (uplink)", 0, "-", "-", "-",
                "failed: create failed: VPP refused (retval -56 from create_subif)")),
            InterfaceRow.of(config, oper, null));
    }

    @Test
    void onlyTheNodeAsked() {
        assertEquals(List.of("memif0"), InterfaceRow.of(config, oper, "cnf1").stream().map(InterfaceRow::name)
            .toList());
        assertEquals(List.of(), InterfaceRow.of(config, oper, "vpp9"));
    }

    @Test
    void noConfigMeansNoRows() {
        assertEquals(List.of(), InterfaceRow.of(null, oper, null));
        assertEquals(List.of(), InterfaceRow.of(nodes(new NodeBuilder().setName("vpp1").build()), null, null));
    }

    @Test
    void typeNamesAreTheYangIdentities() {
        assertEquals("af-packet", InterfaceRow.typeName(AfPacket.VALUE));
        assertEquals("sub-interface", InterfaceRow.typeName(SubInterface.VALUE));
        assertEquals("loopback", InterfaceRow.typeName(Loopback.VALUE));
        assertEquals("-", InterfaceRow.typeName(null));
    }

    @Test
    void tableHasOneRowPerInterfaceAndWrapsLongCells() {
        final String text = Tables.print(InterfaceRow.table(InterfaceRow.of(config, oper, null)));
        final List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("Node"), text);
        assertTrue(lines.get(0).contains("sw-if-index"), text);
        assertTrue(lines.get(4).startsWith("vswitch │ uplink "), text);
        assertTrue(lines.get(4).contains("host-eth0"), text);
        // the fourth address does not fit: it continues on the next line, under its column
        assertTrue(lines.get(5).startsWith("        │            │"), text);
        assertTrue(lines.get(5).contains("2001:db8::1/64"), text);
        assertEquals(8, lines.size(), text);
    }
}
