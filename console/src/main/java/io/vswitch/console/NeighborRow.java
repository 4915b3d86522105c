package io.vswitch.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.support.table.ShellTable;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Neighbor;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.NeighborKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.neighbor.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * One line of {@code vswitch:neighbors}: a configured static neighbour joined with its operational twin.
 *
 * @param node the node
 * @param iface the interface the neighbour is on
 * @param ip the neighbour's address
 * @param mac the configured MAC address
 * @param installed whether VPP's last dump showed the entry, and how it differs
 * @param status the entry's status
 */
record NeighborRow(String node, String iface, String ip, String mac, String installed, String status) {
    private static final String NONE = "-";
    private static final Comparator<NeighborRow> ORDER = Comparator.comparing(NeighborRow::node)
        .thenComparing(NeighborRow::iface)
        .thenComparing(row -> IpOrder.address(row.ip()), IpOrder.KEYS);

    /**
     * The configured neighbours of every node, or of one, sorted by node, interface and address (numerically).
     *
     * @param nodes the configured and operational nodes
     * @param onlyNode the node to list, or null for all
     * @return the rows
     */
    static List<NeighborRow> of(final NodesSnapshot nodes, final @Nullable String onlyNode) {
        final List<NeighborRow> rows = new ArrayList<>();
        for (Node node : nodes.configured(onlyNode)) {
            final Map<NeighborKey, Neighbor> operNeighbors = neighbors(nodes.operational(node));
            for (Neighbor neighbor : neighbors(node).values()) {
                rows.add(row(node.requireName(), neighbor, operNeighbors.get(neighbor.key())));
            }
        }
        rows.sort(ORDER);
        return rows;
    }

    /**
     * The table of rows, ready to print.
     *
     * @param rows the rows
     * @return the table
     */
    static ShellTable table(final List<NeighborRow> rows) {
        final ShellTable table = new ShellTable();
        table.column("Node");
        table.column("Interface");
        table.column("IP address");
        table.column("MAC address");
        table.column("In VPP");
        table.column("Status").maxSize(60).wrap();
        for (NeighborRow row : rows) {
            table.addRow().addContent(row.node(), row.iface(), row.ip(), row.mac(), row.installed(), row.status());
        }
        return table;
    }

    private static NeighborRow row(final String node, final Neighbor config, final @Nullable Neighbor oper) {
        final MacAddress mac = config.getMacAddress();
        return new NeighborRow(node, config.requireInterface(), config.requireIpAddress().stringValue(),
            mac == null ? NONE : mac.getValue(), installed(mac, oper == null ? null : oper.getState()),
            StatusText.of(oper == null ? null : oper.getStatus()));
    }

    /**
     * {@code yes}, {@code no}, or {@code yes, VPP has <mac>} / {@code yes, not static} when VPP's entry differs
     * from the configured one.
     */
    private static String installed(final @Nullable MacAddress configured, final @Nullable State state) {
        if (state == null || state.getInstalled() == null) {
            return NONE;
        }
        if (!state.getInstalled()) {
            return "no";
        }
        final StringBuilder sb = new StringBuilder("yes");
        final MacAddress inVpp = state.getMacAddress();
        if (inVpp != null && configured != null && !sameMac(inVpp, configured)) {
            sb.append(", VPP has ").append(inVpp.getValue());
        }
        if (Boolean.FALSE.equals(state.getStatic())) {
            sb.append(", not static");
        }
        return sb.toString();
    }

    private static boolean sameMac(final MacAddress first, final MacAddress second) {
        return first.getValue().equalsIgnoreCase(second.getValue());
    }

    private static Map<NeighborKey, Neighbor> neighbors(final @Nullable Node node) {
        final Node1 augmentation = node == null ? null : node.augmentation(Node1.class);
        final L3 l3 = augmentation == null ? null : augmentation.getL3();
        return l3 == null ? Map.of() : l3.nonnullNeighbor();
    }
}
