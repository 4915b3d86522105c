package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Neighbor;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.NeighborBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.neighbor.StateBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.NodesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.StatusBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;

class NeighborRowTest {
    private static Nodes nodes(final Node... nodes) {
        return new NodesBuilder().setNode(Arrays.stream(nodes).collect(Collectors.toMap(Node::key, n -> n))).build();
    }

    private static Node node(final String name, final Neighbor... neighbors) {
        return new NodeBuilder().setName(name).addAugmentation(new Node1Builder().setL3(new L3Builder()
            .setNeighbor(Arrays.stream(neighbors).collect(Collectors.toMap(Neighbor::key, n -> n))).build()).build())
            .build();
    }

    private static NeighborBuilder neighbor(final String iface, final String ip) {
        return new NeighborBuilder().setInterface(iface).setIpAddress(IetfInetUtil.ipAddressFor(ip));
    }

    private static Neighbor installed(final String iface, final String ip, final String mac, final boolean isStatic) {
        return neighbor(iface, ip).setState(new StateBuilder().setInstalled(true).setMacAddress(new MacAddress(mac))
            .setStatic(isStatic).build()).setStatus(new StatusBuilder().setState(ItemState.Applied).build()).build();
    }

    private final Nodes config = nodes(node("vpp1",
        neighbor("uplink", "10.0.0.10").setMacAddress(new MacAddress("02:00:00:00:00:0a")).build(),
        neighbor("uplink", "10.0.0.9").setMacAddress(new MacAddress("02:00:00:00:00:09")).build(),
        neighbor("uplink", "2001:db8::9").setMacAddress(new MacAddress("02:00:00:00:00:19")).build(),
        neighbor("tap0", "192.168.0.1").setMacAddress(new MacAddress("02:00:00:00:00:01")).build(),
        neighbor("tap0", "192.168.0.2").build()));

    private final Nodes oper = nodes(node("vpp1",
        installed("uplink", "10.0.0.9", "02:00:00:00:00:09", true),
        installed("uplink", "10.0.0.10", "02:00:00:00:00:AA", true),
        installed("uplink", "2001:db8::9", "02:00:00:00:00:19", false),
        neighbor("tap0", "192.168.0.1").setState(new StateBuilder().setInstalled(false).build())
            .setStatus(new StatusBuilder().setState(ItemState.Pending)
                .setReason("waits for interface vpp1/interfaces/tap0 (not configured)").build()).build()));

    @Test
    void joinsConfigWithOperationalSortedByInterfaceAndAddress() {
        assertEquals(List.of(
            new NeighborRow("vpp1", "tap0", "192.168.0.1", "02:00:00:00:00:01", "no",
                "pending: waits for interface vpp1/interfaces/tap0 (not configured)"),
            new NeighborRow("vpp1", "tap0", "192.168.0.2", "-", "-", "unknown"),
            new NeighborRow("vpp1", "uplink", "10.0.0.9", "02:00:00:00:00:09", "yes", "applied"),
            new NeighborRow("vpp1", "uplink", "10.0.0.10", "02:00:00:00:00:0a", "yes, VPP has 02:00:00:00:00:AA",
                "applied"),
            new NeighborRow("vpp1", "uplink", "2001:db8::9", "02:00:00:00:00:19", "yes, not static", "applied")),
            NeighborRow.of(new NodesSnapshot(config, oper), null));
        assertEquals(List.of(), NeighborRow.of(new NodesSnapshot(config, oper), "cnf1"));
    }

    @Test
    void aMacThatDiffersOnlyInCaseIsTheSame() {
        final Nodes lower = nodes(node("vpp1", installed("uplink", "10.0.0.9", "02:00:00:00:00:0a", true)));
        final Nodes upper = nodes(node("vpp1",
            neighbor("uplink", "10.0.0.9").setMacAddress(new MacAddress("02:00:00:00:00:0A")).build()));
        assertEquals("yes", NeighborRow.of(new NodesSnapshot(upper, lower), "vpp1").get(0).installed());
    }

    @Test
    void table() {
        final List<String> lines = Tables.print(NeighborRow.table(NeighborRow.of(new NodesSnapshot(config, oper),
            null))).lines().map(String::stripTrailing).toList();
        assertEquals("Node │ Interface │ IP address  │ MAC address       │ In VPP                         │ Status",
            lines.get(0));
        assertEquals("vpp1 │ uplink    │ 10.0.0.9    │ 02:00:00:00:00:09 │ yes                            │ applied",
            lines.get(5));
        assertEquals(8, lines.size());
    }
}
