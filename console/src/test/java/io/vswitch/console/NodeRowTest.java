package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.NodesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Connection;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.ConnectionBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Resync;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.ResyncBuilder;

class NodeRowTest {
    private static Nodes nodes(final Node... nodes) {
        return new NodesBuilder().setNode(Arrays.stream(nodes)
            .collect(Collectors.toMap(Node::key, n -> n))).build();
    }

    @Test
    void noConfigMeansNoRows() {
        assertEquals(List.of(), NodeRow.of(null, null));
    }

    @Test
    void joinsConfigWithOperationalAndSortsByName() {
        final Nodes config = nodes(
            new NodeBuilder().setName("vswitch").setApiSocket("/run/vpp/api.sock").setDescription("host").build(),
            new NodeBuilder().setName("cnf1").setApiSocket("/run/cnf1/api.sock").setEnabled(false).build());
        final Nodes oper = nodes(new NodeBuilder().setName("vswitch")
            .setConnection(new ConnectionBuilder().setState(Connection.State.Disconnected)
                .setReason("connection refused").setVppVersion("26.06-release").build())
            .setResync(new ResyncBuilder().setResult(Resync.Result.Success)
                .setLastTime(new DateAndTime("2026-11-25T11:00:00Z")).build())
            .build());

        final List<NodeRow> rows = NodeRow.of(config, oper);

        assertEquals(List.of(
            new NodeRow("cnf1", false, "/run/cnf1/api.sock", "disabled", "-", "-", ""),
            new NodeRow("vswitch", true, "/run/vpp/api.sock", "disconnected (connection refused)", "26.06-release",
                "success 2026-11-25T11:00:00Z", "host")), rows);
    }

    @Test
    void defaultsApplyWhenLeavesAreAbsent() {
        final List<NodeRow> rows = NodeRow.of(nodes(new NodeBuilder().setName("vpp1").build()), null);
        assertEquals(List.of(new NodeRow("vpp1", true, "/run/vpp/api.sock", "unknown", "-", "-", "")), rows);
    }
}
