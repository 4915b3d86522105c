package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.XconnectsBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.Xconnect;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.XconnectBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.NodesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.StatusBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;

class XconnectRowTest {
    private static Nodes nodes(final Node... nodes) {
        return new NodesBuilder().setNode(Arrays.stream(nodes).collect(Collectors.toMap(Node::key, n -> n))).build();
    }

    private static Node node(final String name, final Xconnect... xconnects) {
        return new NodeBuilder().setName(name).addAugmentation(new Node1Builder().setXconnects(
            new XconnectsBuilder().setXconnect(Arrays.stream(xconnects)
                .collect(Collectors.toMap(Xconnect::key, x -> x))).build()).build()).build();
    }

    private static Xconnect xconnect(final String receive, final String transmit) {
        return new XconnectBuilder().setReceiveInterface(receive).setTransmitInterface(transmit).build();
    }

    private final Nodes config = nodes(node("vpp1", xconnect("memif1", "memif0"), xconnect("memif0", "memif1"),
        new XconnectBuilder().setReceiveInterface("tap0").build()));

    private final Nodes oper = nodes(node("vpp1",
        new XconnectBuilder().setReceiveInterface("memif0")
            .setStatus(new StatusBuilder().setState(ItemState.Applied).build()).build(),
        new XconnectBuilder().setReceiveInterface("memif1")
            .setStatus(new StatusBuilder().setState(ItemState.Failed).setReason("create failed: VPP refused")
                .setVppRetval(-2).setVppMessage("sw_interface_set_l2_xconnect").build()).build()));

    @Test
    void oneRowPerDirectionSortedByReceiveInterface() {
        assertEquals(List.of(
            new XconnectRow("vpp1", "memif0", "memif1", "applied"),
            new XconnectRow("vpp1", "memif1", "memif0",
                "failed: create failed: VPP refused (retval -2 from sw_interface_set_l2_xconnect)"),
            new XconnectRow("vpp1", "tap0", "-", "unknown")),
            XconnectRow.of(new NodesSnapshot(config, oper), null));
        assertEquals(List.of(), XconnectRow.of(new NodesSnapshot(config, oper), "cnf1"));
    }

    @Test
    void table() {
        final List<String> lines = Tables.print(XconnectRow.table(XconnectRow.of(new NodesSnapshot(config, oper),
            null))).lines().toList();
        assertEquals("Node │ Receive interface │ Transmit interface │ Status", lines.get(0).stripTrailing());
        assertEquals("vpp1 │ memif0            │ memif1             │ applied", lines.get(2).stripTrailing());
        assertEquals(6, lines.size());
    }
}
