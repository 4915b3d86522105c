package io.vswitch.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.apache.karaf.shell.support.table.ShellTable;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.BridgeDomains;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomainKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.Member;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * One line of {@code vswitch:bridge-domains}: a configured bridge domain joined with its operational twin.
 *
 * @param node the node
 * @param name the domain's name
 * @param bdId the configured bridge domain id
 * @param flags the switching features that are on, e.g. {@code flood uu-flood forward learn}
 * @param macAge the aging of learned MACs, {@code off} or {@code 5 min}
 * @param members the configured members, one per line, the BVI and split-horizon groups marked
 * @param fibEntries how many static FIB entries are configured
 * @param arpEntries how many ARP-termination entries are configured
 * @param vpp what VPP reports of the domain: its id, its members, how many MACs it learned
 * @param status the domain's status (its members and entries included)
 */
record BridgeDomainRow(String node, String name, String bdId, String flags, String macAge, String members,
        int fibEntries, int arpEntries, String vpp, String status) {
    private static final String NONE = "-";

    /**
     * The configured bridge domains of every node, or of one, sorted by node and name.
     *
     * @param nodes the configured and operational nodes
     * @param onlyNode the node to list, or null for all
     * @return the rows
     */
    static List<BridgeDomainRow> of(final NodesSnapshot nodes, final @Nullable String onlyNode) {
        final List<BridgeDomainRow> rows = new ArrayList<>();
        for (Node node : nodes.configured(onlyNode)) {
            final Map<BridgeDomainKey, BridgeDomain> operDomains = domains(nodes.operational(node));
            for (BridgeDomain domain : domains(node).values()) {
                rows.add(row(node.requireName(), domain, operDomains.get(domain.key())));
            }
        }
        rows.sort(Comparator.comparing(BridgeDomainRow::node).thenComparing(BridgeDomainRow::name));
        return rows;
    }

    /**
     * The table of rows, ready to print.
     *
     * @param rows the rows
     * @return the table
     */
    static ShellTable table(final List<BridgeDomainRow> rows) {
        final ShellTable table = new ShellTable();
        table.column("Node");
        table.column("Name");
        table.column("BD id").alignRight();
        table.column("Flags").maxSize(16).wrap();
        table.column("MAC age");
        // one member per line: the column is as wide as the longest name
        table.column("Members");
        table.column("FIB").alignRight();
        table.column("ARP").alignRight();
        table.column("In VPP");
        table.column("Status").maxSize(50).wrap();
        for (BridgeDomainRow row : rows) {
            table.addRow().addContent(row.node(), row.name(), row.bdId(), row.flags(), row.macAge(), row.members(),
                row.fibEntries(), row.arpEntries(), row.vpp(), row.status());
        }
        return table;
    }

    private static BridgeDomainRow row(final String node, final BridgeDomain config,
            final @Nullable BridgeDomain oper) {
        final Uint32 bdId = config.getBdId();
        return new BridgeDomainRow(node, config.requireName(), bdId == null ? NONE : bdId.toString(), flags(config),
            macAge(config.getMacAge()), members(config), config.nonnullFibEntry().size(),
            config.nonnullArpTerminationEntry().size(), vpp(oper == null ? null : oper.getState()),
            StatusText.of(oper == null ? null : oper.getStatus()));
    }

    /**
     * The features that are on, with the YANG defaults for unset leaves (all on but ARP termination).
     */
    static String flags(final BridgeDomain config) {
        final StringJoiner on = new StringJoiner(" ");
        flag(on, config.getFlood(), true, "flood");
        flag(on, config.getUnknownUnicastFlood(), true, "uu-flood");
        flag(on, config.getForward(), true, "forward");
        flag(on, config.getLearn(), true, "learn");
        flag(on, config.getArpTermination(), false, "arp-term");
        return on.length() == 0 ? "none" : on.toString();
    }

    private static void flag(final StringJoiner on, final @Nullable Boolean value, final boolean byDefault,
            final String name) {
        if (value == null ? byDefault : value) {
            on.add(name);
        }
    }

    static String macAge(final @Nullable Uint8 minutes) {
        return minutes == null || minutes.intValue() == 0 ? "off" : minutes + " min";
    }

    /**
     * One member per line, by name: {@code bvi0 (bvi)}, {@code tap0}, {@code tap1 (shg 2)}.
     */
    static String members(final BridgeDomain config) {
        final String members = config.nonnullMember().values().stream()
            .sorted(Comparator.comparing(Member::requireInterface))
            .map(member -> member.requireInterface() + marks(Boolean.TRUE.equals(member.getBvi()),
                member.getSplitHorizonGroup()))
            .collect(Collectors.joining("\n"));
        return members.isEmpty() ? NONE : members;
    }

    /**
     * VPP's view, one fact per line: {@code bd 10}, each member ({@code bvi0 (bvi)}, {@code tap1 (shg 2)}, by name;
     * {@code #7} for a member without a name, by sw_if_index), {@code 5 learned MACs}.
     */
    static String vpp(final @Nullable State state) {
        if (state == null) {
            return NONE;
        }
        final Uint32 bvi = state.getBviSwIfIndex();
        final String members = state.nonnullMember().values().stream()
            .map(member -> {
                final String tag = member.getInterface();
                return (tag == null || tag.isEmpty() ? "#" + member.requireSwIfIndex() : tag)
                    + marks(member.requireSwIfIndex().equals(bvi), member.getSplitHorizonGroup());
            })
            .sorted()
            .collect(Collectors.joining("\n"));
        final StringJoiner lines = new StringJoiner("\n");
        lines.add(state.getBdId() == null ? "bd ?" : "bd " + state.getBdId());
        lines.add(members.isEmpty() ? "no members" : members);
        if (state.getLearnedMacCount() != null) {
            final long learned = state.getLearnedMacCount().longValue();
            lines.add(learned + (learned == 1 ? " learned MAC" : " learned MACs"));
        }
        return lines.toString();
    }

    private static String marks(final boolean bvi, final @Nullable Uint8 splitHorizonGroup) {
        final StringJoiner marks = new StringJoiner(", ", " (", ")").setEmptyValue("");
        if (bvi) {
            marks.add("bvi");
        }
        if (splitHorizonGroup != null && splitHorizonGroup.intValue() != 0) {
            marks.add("shg " + splitHorizonGroup);
        }
        return marks.toString();
    }

    private static Map<BridgeDomainKey, BridgeDomain> domains(final @Nullable Node node) {
        final Node1 augmentation = node == null ? null : node.augmentation(Node1.class);
        final BridgeDomains domains = augmentation == null ? null : augmentation.getBridgeDomains();
        return domains == null ? Map.of() : domains.nonnullBridgeDomain();
    }
}
