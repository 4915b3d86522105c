package io.vswitch.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Connection;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Resync;

/**
 * One line of {@code vswitch:nodes}: a configured node joined with what the operational datastore says of it.
 */
record NodeRow(String name, boolean enabled, String apiSocket, String connection, String vppVersion,
        String lastResync, String description) {
    private static final String NONE = "-";

    /**
     * Joins the configured nodes with their operational twins, sorted by name. Nodes that exist only in the
     * operational datastore (being removed) are not shown: the table lists what is configured.
     */
    static List<NodeRow> of(@Nullable Nodes config, @Nullable Nodes oper) {
        if (config == null) {
            return List.of();
        }
        final Map<NodeKey, Node> operNodes = oper == null ? Map.of() : oper.nonnullNode();
        final List<NodeRow> rows = new ArrayList<>();
        for (Node node : config.nonnullNode().values()) {
            rows.add(of(node, operNodes.get(node.key())));
        }
        rows.sort(Comparator.comparing(NodeRow::name));
        return rows;
    }

    private static NodeRow of(Node node, @Nullable Node oper) {
        final boolean enabled = !Boolean.FALSE.equals(node.getEnabled());
        final Connection connection = oper == null ? null : oper.getConnection();
        final Resync resync = oper == null ? null : oper.getResync();
        return new NodeRow(node.requireName(), enabled, orDefault(node.getApiSocket(), "/run/vpp/api.sock"),
            describe(enabled, connection), connection == null ? NONE : orDefault(connection.getVppVersion(), NONE),
            describe(resync), orDefault(node.getDescription(), ""));
    }

    private static String describe(boolean enabled, @Nullable Connection connection) {
        if (connection == null || connection.getState() == null) {
            return enabled ? "unknown" : "disabled";
        }
        final String state = connection.getState().getName();
        final String reason = connection.getReason();
        return reason == null || reason.isEmpty() ? state : state + " (" + reason + ")";
    }

    private static String describe(@Nullable Resync resync) {
        if (resync == null || resync.getResult() == null) {
            return NONE;
        }
        final String time = resync.getLastTime() == null ? "" : " " + resync.getLastTime().getValue();
        return resync.getResult().getName() + time;
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null ? fallback : value;
    }
}
