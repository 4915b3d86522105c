package io.vswitch.vpp.sim.area.interfaces;

import io.vswitch.vpp.sim.cli.CliError;
import io.vswitch.vpp.sim.cli.CliText;
import io.vswitch.vpp.sim.state.InterfaceAddress;
import io.vswitch.vpp.sim.state.InterfaceTable;
import io.vswitch.vpp.sim.state.IpTables;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code show interface [addr|address] [<name>|<index>]} and {@code show hardware-interfaces [brief|verbose]}
 * in VPP's column layout ({@code vnet/interface_format.c}, {@code vnet/interface_cli.c}). The simulator passes no
 * traffic, so there are no counters to print.
 */
final class InterfaceCli {
    private static final int NAME_WIDTH = 32;
    private static final int SW_INDEX_WIDTH = 5;
    private static final int STATE_WIDTH = 10;
    private static final int MTU_WIDTH = 21;
    private static final int COUNTER_WIDTH = 16;
    private static final int HW_INDEX_WIDTH = 6;
    private static final int LINK_WIDTH = 8;

    private final SimState state;

    InterfaceCli(final SimState state) {
        this.state = state;
    }

    /**
     * VPP's order: by the hardware interface's name, then by index (sub-interfaces after their parent).
     */
    private Comparator<SimInterface> byName() {
        final InterfaceTable table = state.interfaces();
        return Comparator.<SimInterface, String>comparing(iface -> iface.isSub()
                ? table.get(iface.supSwIfIndex()).map(SimInterface::name).orElse(iface.name()) : iface.name())
            .thenComparingInt(SimInterface::swIfIndex);
    }

    String showInterface(final String arguments) {
        boolean addresses = false;
        final List<SimInterface> selected = new ArrayList<>();
        for (String word : arguments.isEmpty() ? new String[0] : arguments.split("\\s+")) {
            final Optional<SimInterface> byName = state.interfaces().byName(word);
            if (byName.isPresent()) {
                selected.add(byName.orElseThrow());
            } else if ("address".equals(word) || "addr".equals(word)) {
                addresses = true;
            } else if (word.chars().allMatch(Character::isDigit)) {
                final int index = Integer.parseInt(word);
                selected.add(state.interfaces().get(index)
                    .orElseThrow(() -> new CliError("unknown interface index `" + index + "'")));
            } else {
                throw CliError.unknownInput(word);
            }
        }
        final List<SimInterface> shown = selected.isEmpty() ? sorted() : selected;
        return addresses ? addressLines(shown) : table(shown);
    }

    private List<SimInterface> sorted() {
        final List<SimInterface> all = new ArrayList<>(state.interfaces().all());
        all.sort(byName());
        return all;
    }

    private String table(final List<SimInterface> shown) {
        final StringBuilder out = new StringBuilder();
        out.append(CliText.centre("Name", NAME_WIDTH)).append(CliText.centre("Idx", SW_INDEX_WIDTH))
            .append(CliText.centre("State", STATE_WIDTH)).append(CliText.centre("MTU (L3/IP4/IP6/MPLS)", MTU_WIDTH))
            .append(CliText.centre("Counter", COUNTER_WIDTH)).append(CliText.centre("Count", COUNTER_WIDTH))
            .append('\n');
        for (SimInterface iface : shown) {
            out.append(CliText.left(iface.name(), NAME_WIDTH))
                .append(CliText.centre(Integer.toString(iface.swIfIndex()), SW_INDEX_WIDTH))
                .append(CliText.centre(iface.adminUp() ? "up" : "down", STATE_WIDTH))
                .append(CliText.centre(iface.mtu().toString(), MTU_WIDTH))
                .append('\n');
        }
        return out.toString();
    }

    private String addressLines(final List<SimInterface> shown) {
        final StringBuilder out = new StringBuilder();
        final InterfaceCliHooks hooks = state.extension(InterfaceCliHooks.class, InterfaceCliHooks::new);
        for (SimInterface iface : shown) {
            final String status = iface.adminUp() ? "up" : "dn";
            final SimInterface source;
            if (iface.isUnnumbered()) {
                source = state.interfaces().get(iface.unnumberedOf()).orElse(iface);
                out.append(iface.name()).append(" (").append(status).append("): \n  unnumbered, use ")
                    .append(source.name()).append('\n');
            } else {
                source = iface;
                out.append(iface.name()).append(" (").append(status).append("):\n");
            }
            hooks.l2Lines(iface).forEach(line -> out.append(line).append('\n'));
            appendAddresses(out, iface, source, false);
            appendAddresses(out, iface, source, true);
        }
        return out.toString();
    }

    private void appendAddresses(final StringBuilder out, final SimInterface iface, final SimInterface source,
            final boolean ip6) {
        final int tableId = iface.tableId(ip6);
        final Optional<IpTables.IpTable> table = state.ipTables().get(ip6, tableId);
        for (InterfaceAddress address : source.addresses()) {
            if (address.prefix().isIp6() != ip6) {
                continue;
            }
            out.append("  L3 ").append(address.prefix());
            if (tableId != 0) {
                out.append(ip6 ? " ip6" : " ip4").append(" table-id ").append(Integer.toUnsignedString(tableId))
                    .append(" fib-idx ").append(table.map(IpTables.IpTable::fibIndex).orElse(-1));
            }
            out.append('\n');
        }
    }

    String showHardware(final String arguments) {
        int verbosity = 1;
        final List<SimInterface> selected = new ArrayList<>();
        for (String word : arguments.isEmpty() ? new String[0] : arguments.split("\\s+")) {
            final Optional<SimInterface> byName = state.interfaces().byName(word).filter(iface -> !iface.isSub());
            if (byName.isPresent()) {
                selected.add(byName.orElseThrow());
            } else if ("brief".equals(word)) {
                verbosity = 0;
            } else if ("verbose".equals(word)) {
                verbosity = 1;
            } else if ("detail".equals(word)) {
                verbosity = 2;
            } else {
                throw CliError.unknownInput(word);
            }
        }
        final List<SimInterface> shown = selected.isEmpty()
            ? sorted().stream().filter(iface -> !iface.isSub()).toList() : selected;
        final StringBuilder out = new StringBuilder();
        out.append(CliText.centre("Name", NAME_WIDTH)).append(CliText.centre("Idx", HW_INDEX_WIDTH))
            .append(CliText.centre("Link", LINK_WIDTH)).append("Hardware").append('\n');
        for (SimInterface iface : shown) {
            out.append(CliText.left(iface.name(), NAME_WIDTH))
                .append(CliText.centre(Integer.toString(iface.hwIfIndex()), HW_INDEX_WIDTH))
                .append(CliText.centre(iface.hardwareLinkUp() ? "up" : "down", LINK_WIDTH))
                .append(iface.name()).append('\n')
                .append("  Link speed: unknown\n");
            if (iface.kind().hasRxQueues()) {
                out.append("  RX Queues:\n")
                    .append("    ").append(CliText.left("queue", 6)).append(CliText.left("thread", 15))
                    .append(CliText.left("mode", 10)).append('\n')
                    .append("    ").append(CliText.left("0", 6)).append(CliText.left("main (0)", 15))
                    .append(CliText.left(iface.rxMode().toString(), 10)).append('\n');
            }
            if (verbosity > 0 && !iface.mac().isZero()) {
                out.append("  Ethernet address ").append(iface.mac()).append('\n');
            }
        }
        return out.toString();
    }
}
