package io.vswitch.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.support.table.ShellTable;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.Xconnects;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.Xconnect;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.XconnectKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * One line of {@code vswitch:xconnects}: one direction of a configured L2 cross-connect and its status.
 *
 * @param node the node
 * @param receive the interface whose received frames are cross-connected
 * @param transmit the interface they are sent out of
 * @param status the cross-connect's status
 */
record XconnectRow(String node, String receive, String transmit, String status) {
    /**
     * The configured cross-connects of every node, or of one, sorted by node and receive interface.
     *
     * @param nodes the configured and operational nodes
     * @param onlyNode the node to list, or null for all
     * @return the rows
     */
    static List<XconnectRow> of(final NodesSnapshot nodes, final @Nullable String onlyNode) {
        final List<XconnectRow> rows = new ArrayList<>();
        for (Node node : nodes.configured(onlyNode)) {
            final Map<XconnectKey, Xconnect> operXconnects = xconnects(nodes.operational(node));
            for (Xconnect xconnect : xconnects(node).values()) {
                final Xconnect oper = operXconnects.get(xconnect.key());
                final String transmit = xconnect.getTransmitInterface();
                rows.add(new XconnectRow(node.requireName(), xconnect.requireReceiveInterface(),
                    transmit == null ? "-" : transmit, StatusText.of(oper == null ? null : oper.getStatus())));
            }
        }
        rows.sort(Comparator.comparing(XconnectRow::node).thenComparing(XconnectRow::receive));
        return rows;
    }

    /**
     * The table of rows, ready to print.
     *
     * @param rows the rows
     * @return the table
     */
    static ShellTable table(final List<XconnectRow> rows) {
        final ShellTable table = new ShellTable();
        table.column("Node");
        table.column("Receive interface");
        table.column("Transmit interface");
        table.column("Status").maxSize(60).wrap();
        for (XconnectRow row : rows) {
            table.addRow().addContent(row.node(), row.receive(), row.transmit(), row.status());
        }
        return table;
    }

    private static Map<XconnectKey, Xconnect> xconnects(final @Nullable Node node) {
        final Node1 augmentation = node == null ? null : node.augmentation(Node1.class);
        final Xconnects xconnects = augmentation == null ? null : augmentation.getXconnects();
        return xconnects == null ? Map.of() : xconnects.nonnullXconnect();
    }
}
