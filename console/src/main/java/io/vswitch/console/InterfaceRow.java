package io.vswitch.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.karaf.shell.support.table.ShellTable;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.InterfaceType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.Interfaces;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.Status;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;

/**
 * One line of {@code vswitch:interfaces}: a configured interface joined with its operational twin.
 */
record InterfaceRow(String node, String name, String type, boolean enabled, String addresses, long vrf,
        String vppName, String swIfIndex, String operStatus, String status) {
    private static final String NONE = "-";
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    /**
     * The configured interfaces of every node, or of one, sorted by node and name. Interfaces that exist only in
     * the operational datastore (being removed) are not shown: the table lists what is configured.
     *
     * @param config the configured nodes
     * @param oper the operational nodes
     * @param onlyNode the node to list, or null for all
     * @return the rows
     */
    static List<InterfaceRow> of(@Nullable Nodes config, @Nullable Nodes oper, @Nullable String onlyNode) {
        if (config == null) {
            return List.of();
        }
        final Map<NodeKey, Node> operNodes = oper == null ? Map.of() : oper.nonnullNode();
        final List<InterfaceRow> rows = new ArrayList<>();
        for (Node node : config.nonnullNode().values()) {
            if (onlyNode == null || onlyNode.equals(node.requireName())) {
                final Map<InterfaceKey, Interface> operInterfaces = interfaces(operNodes.get(node.key()));
                for (Interface configured : interfaces(node).values()) {
                    rows.add(row(node.requireName(), configured, operInterfaces.get(configured.key())));
                }
            }
        }
        rows.sort(Comparator.comparing(InterfaceRow::node).thenComparing(InterfaceRow::name));
        return rows;
    }

    /**
     * The table of rows, ready to print.
     *
     * @param rows the rows
     * @return the table
     */
    static ShellTable table(final List<InterfaceRow> rows) {
        final ShellTable table = new ShellTable();
        table.column("Node");
        table.column("Name");
        table.column("Type");
        table.column("Enabled");
        table.column("Addresses").maxSize(40).wrap();
        table.column("VRF").alignRight();
        table.column("VPP name");
        table.column("sw-if-index").alignRight();
        table.column("Oper");
        table.column("Status").maxSize(60).wrap();
        for (InterfaceRow row : rows) {
            table.addRow().addContent(row.node(), row.name(), row.type(), row.enabled() ? "yes" : "no",
                row.addresses(), row.vrf(), row.vppName(), row.swIfIndex(), row.operStatus(), row.status());
        }
        return table;
    }

    private static Map<InterfaceKey, Interface> interfaces(final @Nullable Node node) {
        final Node1 augmentation = node == null ? null : node.augmentation(Node1.class);
        final Interfaces interfaces = augmentation == null ? null : augmentation.getInterfaces();
        return interfaces == null ? Map.of() : interfaces.nonnullInterface();
    }

    private static InterfaceRow row(final String node, final Interface config, final @Nullable Interface oper) {
        final State state = oper == null ? null : oper.getState();
        final Status status = oper == null ? null : oper.getStatus();
        return new InterfaceRow(node, config.requireName(), typeName(config.getType()),
            !Boolean.FALSE.equals(config.getEnabled()), addresses(config),
            config.getVrf() == null ? 0 : config.getVrf().longValue(),
            state == null || state.getVppName() == null ? NONE : state.getVppName(),
            state == null || state.getSwIfIndex() == null ? NONE : state.getSwIfIndex().toString(),
            state == null || state.getOperStatus() == null ? NONE : state.getOperStatus().getName(),
            StatusText.of(status));
    }

    /**
     * The identity's YANG name: the binding class is its CamelCase ({@code AfPacket} for {@code af-packet}).
     */
    static String typeName(final @Nullable InterfaceType type) {
        if (type == null) {
            return NONE;
        }
        return WORD_START.matcher(type.implementedInterface().getSimpleName()).replaceAll("-")
            .toLowerCase(Locale.ROOT);
    }

    private static String addresses(final Interface config) {
        final List<String> all = Stream.concat(
                stream(config.getIpv4Address()).map(prefix -> prefix.getValue()),
                stream(config.getIpv6Address()).map(prefix -> prefix.getValue()))
            .toList();
        if (config.getUnnumbered() != null) {
            final String borrowed = "unnumbered (" + config.getUnnumbered() + ")";
            return all.isEmpty() ? borrowed : String.join(", ", all) + ", " + borrowed;
        }
        return all.isEmpty() ? NONE : String.join(", ", all);
    }

    private static <T> Stream<T> stream(final @Nullable Set<T> values) {
        return values == null ? Stream.empty() : values.stream().sorted(Comparator.comparing(Object::toString));
    }
}
