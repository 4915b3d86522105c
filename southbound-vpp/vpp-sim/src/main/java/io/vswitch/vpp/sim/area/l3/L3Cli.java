package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.cli.CliError;
import io.vswitch.vpp.sim.cli.CliText;
import io.vswitch.vpp.sim.state.IpFormat;
import io.vswitch.vpp.sim.state.IpTables;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code show ip fib} / {@code show ip6 fib} ({@code [table <id>] [index <n>] [summary]}), {@code show ip neighbors}
 * / {@code show ip neighbor} ({@code [<interface>]}) and {@code show ip table} / {@code show ip6 table}
 * ({@code [<id>]}) in VPP's layout. The FIB entries print VPP's header lines; the forwarding objects under them are
 * a simplified rendering of the paths (the simulator builds no DPO graph).
 */
final class L3Cli {
    private static final String FLOW_HASH = "src dst sport dport proto flowlabel ";
    private static final double NANOS_PER_SECOND = 1e9;

    private final SimState state;

    L3Cli(final SimState state) {
        this.state = state;
    }

    String showIp4Fib(final String arguments) {
        return showFib(false, arguments);
    }

    String showIp6Fib(final String arguments) {
        return showFib(true, arguments);
    }

    private String showFib(final boolean ip6, final String arguments) {
        final String[] words = arguments.isEmpty() ? new String[0] : arguments.split("\\s+");
        long tableFilter = -1;
        long indexFilter = -1;
        boolean summary = false;
        for (int i = 0; i < words.length; i++) {
            if ("table".equals(words[i]) && i + 1 < words.length && isNumber(words[i + 1])) {
                tableFilter = Long.parseLong(words[++i]);
            } else if ("index".equals(words[i]) && i + 1 < words.length && isNumber(words[i + 1])) {
                indexFilter = Long.parseLong(words[++i]);
            } else if ("summary".equals(words[i]) || "sum".equals(words[i]) || "brief".equals(words[i])) {
                summary = true;
            } else {
                // VPP stops parsing at the first word it does not know
                break;
            }
        }
        final StringBuilder out = new StringBuilder();
        for (IpTables.IpTable table : tablesByIndex(ip6)) {
            if (tableFilter >= 0 && tableFilter != Integer.toUnsignedLong(table.tableId())
                    || indexFilter >= 0 && indexFilter != table.fibIndex()) {
                continue;
            }
            appendTable(out, table, summary);
        }
        return out.toString();
    }

    private List<IpTables.IpTable> tablesByIndex(final boolean ip6) {
        final List<IpTables.IpTable> tables = new ArrayList<>(state.ipTables().all(ip6));
        tables.sort(Comparator.comparingInt(IpTables.IpTable::fibIndex));
        return tables;
    }

    private void appendTable(final StringBuilder out, final IpTables.IpTable table, final boolean summary) {
        final boolean ip6 = table.ip6();
        out.append(table.name()).append(", fib_index:").append(table.fibIndex()).append(", flow hash:[")
            .append(FLOW_HASH).append("] epoch:0 flags:none locks:[").append(locks(table)).append("]\n");
        final List<FibEntryView> entries = FibView.entries(state, ip6, table.tableId());
        if (summary) {
            final int[] byLength = new int[ip6 ? 129 : 33];
            entries.forEach(entry -> byLength[entry.prefix().length()]++);
            out.append(CliText.centre("Prefix length", 20)).append(CliText.centre("Count", 16)).append('\n');
            for (int length = byLength.length - 1; length >= 0; length--) {
                if (byLength[length] > 0) {
                    out.append(CliText.right(Integer.toString(length), 20))
                        .append(CliText.right(Integer.toString(byLength[length]), 16)).append('\n');
                }
            }
            return;
        }
        entries.sort((a, b) -> RoutePrefix.BY_ADDRESS.compare(a.prefix(), b.prefix()));
        final String proto = ip6 ? "ip6" : "ip4";
        for (FibEntryView entry : entries) {
            out.append(entry.prefix().toCliString()).append("\n  unicast-").append(proto).append("-chain\n")
                .append("  [@0]: dpo-load-balance: [proto:").append(proto).append(" index:")
                .append(entry.statsIndex()).append(" buckets:").append(entry.paths().size()).append(" uRPF:")
                .append(entry.statsIndex()).append(" to:[0:0]]\n");
            for (int i = 0; i < entry.paths().size(); i++) {
                out.append("    [").append(i).append("] ").append(describe(entry, entry.paths().get(i)))
                    .append('\n');
            }
        }
    }

    private String locks(final IpTables.IpTable table) {
        final StringBuilder locks = new StringBuilder();
        if (table.tableId() != 0) {
            final long bound = state.interfaces().all().stream()
                .filter(iface -> iface.tableId(table.ip6()) == table.tableId()).count();
            if (bound > 0) {
                locks.append("interface:").append(bound).append(", ");
            }
            if (L3State.of(state).isApiLocked(table.ip6(), table.tableId())) {
                locks.append("API:1, ");
            }
        } else {
            locks.append("default-route:1, ");
        }
        return locks.toString();
    }

    private String describe(final FibEntryView entry, final RoutePath path) {
        final boolean ip6 = entry.prefix().address().ip6();
        final String family = ip6 ? "ip6" : "ip4";
        return switch (path.kind()) {
            case RECEIVE -> path.swIfIndex() == ApiTypes.NONE ? "[@2]: dpo-receive"
                : "[@2]: dpo-receive: " + path.nextHop() + " on " + name(path.swIfIndex());
            case ATTACHED -> "[@4]: ipv" + (ip6 ? "6" : "4") + "-glean: " + interfaceWithMtu(path.swIfIndex(), ip6);
            case ATTACHED_NEXT_HOP -> "[@5]: ipv" + (ip6 ? "6" : "4") + " via " + path.nextHop() + " "
                + interfaceWithMtu(path.swIfIndex(), ip6);
            case RECURSIVE -> "[@6]: recursive via " + (path.proto() == RoutePath.PROTO_MPLS
                ? "mpls-label:" + path.label() : path.nextHop().toString()) + " in " + tableName(ip6, path.tableId());
            case DEAG -> "[@3]: dst-address,unicast lookup in " + tableName(ip6, path.tableId());
            case EXCLUSIVE -> "[@3]: ip6-link-local";
            case UDP_ENCAP -> "[@8]: udp-encap:[" + path.objectId() + "]";
            case INTF_RX -> "[@9]: interface-rx: " + name(path.swIfIndex());
            case DVR -> "[@10]: dvr-" + name(path.swIfIndex());
            case SPECIAL -> switch (path.apiType()) {
                case RoutePath.TYPE_ICMP_UNREACH -> "[@1]: " + family + "-null: action:send-icmp-unreach";
                case RoutePath.TYPE_ICMP_PROHIBIT -> "[@1]: " + family + "-null: action:send-icmp-prohibit";
                default -> "[@0]: dpo-drop " + family;
            };
            default -> "[@0]: dpo-drop " + family;
        };
    }

    private String interfaceWithMtu(final int swIfIndex, final boolean ip6) {
        final Optional<SimInterface> iface = state.interfaces().get(swIfIndex);
        return iface.map(found -> found.name() + ": mtu:" + mtu(found, ip6)).orElse("Stale");
    }

    /**
     * {@code vnet_sw_interface_get_mtu}: the protocol's MTU, or the L3 MTU when that is not set.
     */
    private static int mtu(final SimInterface iface, final boolean ip6) {
        final int specific = ip6 ? iface.mtu().ip6() : iface.mtu().ip4();
        return specific != 0 ? specific : iface.mtu().l3();
    }

    private String tableName(final boolean ip6, final int tableId) {
        return state.ipTables().get(ip6, tableId).map(IpTables.IpTable::name)
            .orElse(IpTables.IpTable.defaultName(ip6, tableId));
    }

    String showNeighbors(final String arguments) {
        final String word = arguments.isEmpty() ? "" : arguments.split("\\s+")[0];
        final int swIfIndex = state.interfaces().byName(word).map(SimInterface::swIfIndex).orElse(ApiTypes.NONE);
        final List<Neighbor> shown = new ArrayList<>();
        for (Neighbor neighbor : L3State.of(state).neighbors().all()) {
            if (swIfIndex == ApiTypes.NONE || neighbor.swIfIndex() == swIfIndex) {
                shown.add(neighbor);
            }
        }
        if (shown.isEmpty()) {
            return "";
        }
        shown.sort(Comparator.comparing((Neighbor neighbor) -> name(neighbor.swIfIndex()))
            .thenComparing(neighbor -> IpBits.of(neighbor.ip()), IpBits::compareTo));
        final StringBuilder out = new StringBuilder();
        out.append(CliText.centre("Age", 12)).append(CliText.centre("IP", 40)).append(CliText.centre("Flags", 6))
            .append(CliText.centre("Ethernet", 20)).append(CliText.centre("Interface", 24)).append('\n');
        final long now = System.nanoTime();
        for (Neighbor neighbor : shown) {
            final String age = String.format(Locale.ROOT, "%12.4f", (now - neighbor.updatedNanos()) / NANOS_PER_SECOND);
            out.append(CliText.centre(age, 12)).append(CliText.centre(IpFormat.address(neighbor.ip()), 40))
                .append(CliText.centre(neighbor.cliFlags(), 6)).append(CliText.centre(neighbor.mac().toString(), 20))
                .append(name(neighbor.swIfIndex())).append('\n');
        }
        return out.toString();
    }

    String showIp4Tables(final String arguments) {
        return showTables(false, arguments);
    }

    String showIp6Tables(final String arguments) {
        return showTables(true, arguments);
    }

    private String showTables(final boolean ip6, final String arguments) {
        final StringBuilder out = new StringBuilder();
        if (!arguments.isEmpty()) {
            if (!isNumber(arguments)) {
                throw new CliError("parse error: '" + arguments + "'");
            }
            final long tableId = Long.parseLong(arguments);
            final IpTables.IpTable table = state.ipTables().get(ip6, (int) tableId)
                .orElseThrow(() -> new CliError("Couldn't find table with table_id " + tableId));
            return line(table);
        }
        tablesByIndex(ip6).forEach(table -> out.append(line(table)));
        return out.toString();
    }

    private static String line(final IpTables.IpTable table) {
        return "[" + table.fibIndex() + "] table_id:" + Integer.toUnsignedString(table.tableId()) + " " + table.name()
            + "\n";
    }

    private String name(final int swIfIndex) {
        return state.interfaces().get(swIfIndex).map(SimInterface::name).orElse("Stale");
    }

    private static boolean isNumber(final String word) {
        return !word.isEmpty() && word.length() < 11 && word.chars().allMatch(Character::isDigit);
    }
}
