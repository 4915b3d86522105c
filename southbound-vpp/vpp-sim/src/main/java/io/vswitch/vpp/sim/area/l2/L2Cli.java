package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.cli.CliError;
import io.vswitch.vpp.sim.cli.CliText;
import io.vswitch.vpp.sim.state.IpFormat;
import io.vswitch.vpp.sim.state.MacAddress;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code show bridge-domain [<id> [detail|int|arp|bd-tag]]} and {@code show l2fib [verbose|all] [bd_id <id>]
 * [bd_index <n>] [learn|add]} in the layout of VPP's {@code bd_show} and {@code show_l2fib}, and the L2 line of
 * {@code show interface addr} ({@code format_l2_input}).
 */
final class L2Cli {
    private static final String NONE_FLAG = "-";
    private static final String SET_FLAG = "*";

    private final SimState state;

    L2Cli(final SimState state) {
        this.state = state;
    }

    private L2State l2() {
        return L2State.of(state);
    }

    String showBridgeDomain(final String arguments) {
        final String[] words = arguments.isEmpty() ? new String[0] : arguments.split("\\s+");
        final BridgeDomains bds = l2().bridgeDomains();
        final List<BridgeDomain> shown = new ArrayList<>();
        boolean detail = false;
        boolean interfaces = false;
        boolean arp = false;
        boolean tag = false;
        if (words.length > 0 && isNumber(words[0])) {
            final int bdId = (int) Long.parseLong(words[0]);
            for (int i = 1; i < words.length; i++) {
                switch (words[i]) {
                    case "detail", "det" -> detail = true;
                    case "int" -> interfaces = true;
                    case "arp" -> arp = true;
                    case "bd-tag" -> tag = true;
                    default -> {
                        // VPP stops parsing at the first word it does not know
                    }
                }
            }
            if (bdId == 0) {
                throw new CliError("No operations on the default bridge domain are supported");
            }
            shown.add(bds.byId(bdId).orElseThrow(() -> new CliError("No such bridge domain " + bdId)));
        } else {
            bds.byIndexOrder().stream().filter(bd -> bd.index() > 0).forEach(shown::add);
        }
        if (shown.isEmpty()) {
            return "no bridge-domains in use\n";
        }
        final StringBuilder out = new StringBuilder();
        out.append(CliText.centre("BD-ID", 8)).append(' ').append(CliText.centre("Index", 7)).append(' ')
            .append(CliText.centre("BSN", 4)).append(' ').append(CliText.centre("Age(min)", 9)).append(' ')
            .append(CliText.centre("Learning", 9)).append(' ').append(CliText.centre("U-Forwrd", 9)).append(' ')
            .append(CliText.centre("UU-Flood", 11)).append(' ').append(CliText.centre("Flooding", 9)).append(' ')
            .append(CliText.centre("ARP-Term", 9)).append(' ').append(CliText.centre("arp-ufwd", 9)).append(' ')
            .append(CliText.centre("Learn-count", 8)).append(' ').append(CliText.centre("Learn-limit", 8))
            .append(' ').append(CliText.centre("BVI-Intf", 11)).append('\n');
        for (BridgeDomain bd : shown) {
            appendBridgeDomain(out, bd, detail, detail || interfaces, detail || arp, detail || tag);
        }
        return out.toString();
    }

    private void appendBridgeDomain(final StringBuilder out, final BridgeDomain bd, final boolean detail,
            final boolean members, final boolean arp, final boolean tag) {
        out.append(CliText.centre(Integer.toString(bd.bdId()), 8)).append(' ')
            .append(CliText.centre(Integer.toString(bd.index()), 7)).append(' ')
            .append(CliText.centre("0", 4)).append(' ')
            .append(CliText.centre(bd.macAge() == 0 ? "off" : Integer.toString(bd.macAge()), 9)).append(' ')
            .append(CliText.centre(onOff(bd, L2Features.LEARN), 9)).append(' ')
            .append(CliText.centre(onOff(bd, L2Features.FWD), 9)).append(' ')
            .append(CliText.centre(unknownUnicast(bd), 11)).append(' ')
            .append(CliText.centre(onOff(bd, L2Features.FLOOD), 9)).append(' ')
            .append(CliText.centre(onOff(bd, L2Features.ARP_TERM), 9)).append(' ')
            .append(CliText.centre(onOff(bd, L2Features.ARP_UFWD), 9)).append(' ')
            .append(CliText.centre("0", 8)).append(' ')
            .append(CliText.centre(Integer.toString(bd.learnLimit()), 8)).append(' ')
            .append(CliText.centre(nameOrNa(bd.bviSwIfIndex()), 11)).append('\n');
        if (detail) {
            out.append(L2Features.describe(bd.featureBitmap())).append('\n');
        }
        if (members) {
            appendMembers(out, bd);
        }
        if (arp && bd.has(L2Features.ARP_TERM)) {
            out.append("\n  IP4/IP6 to MAC table for ARP Termination\n");
            appendArpEntries(out, bd, false);
            appendArpEntries(out, bd, true);
        }
        if (tag && !bd.tag().isEmpty()) {
            out.append("\n  BD-Tag: ").append(bd.tag()).append('\n');
        }
    }

    private void appendMembers(final StringBuilder out, final BridgeDomain bd) {
        final List<BridgeDomain.Member> members = bd.members();
        for (int i = 0; i < members.size(); i++) {
            final BridgeDomain.Member member = members.get(i);
            if (i == 0) {
                out.append('\n').append(CliText.centre("Interface", 30)).append(CliText.centre("If-idx", 7))
                    .append(CliText.centre("ISN", 5)).append(CliText.centre("SHG", 5)).append(CliText.centre("BVI", 5))
                    .append(CliText.centre("TxFlood", 9)).append(CliText.centre("VLAN-Tag-Rewrite", 30)).append('\n');
            }
            out.append(CliText.centre(name(member.swIfIndex()), 30))
                .append(CliText.centre(Integer.toString(member.swIfIndex()), 7))
                .append(CliText.centre(Integer.toString(l2().sequenceNumber(member.swIfIndex())), 5))
                .append(CliText.centre(Integer.toString(member.shg()), 5))
                .append(CliText.centre(member.bvi() ? SET_FLAG : NONE_FLAG, 5))
                .append(CliText.centre(i < bd.floodCount() ? SET_FLAG : NONE_FLAG, 9))
                .append(CliText.centre("none", 30)).append('\n');
        }
        if (bd.uuFwdSwIfIndex() != ApiTypes.NONE) {
            out.append(CliText.centre(name(bd.uuFwdSwIfIndex()), 30))
                .append(CliText.centre(Integer.toString(bd.uuFwdSwIfIndex()), 7))
                .append(CliText.centre("0", 5)).append(CliText.centre("0", 5)).append(CliText.centre("uu", 5))
                .append(CliText.centre(NONE_FLAG, 9)).append(CliText.centre("None", 30)).append('\n');
        }
    }

    private static void appendArpEntries(final StringBuilder out, final BridgeDomain bd, final boolean ip6) {
        for (Map.Entry<InetAddress, MacAddress> entry : bd.ipToMac().entrySet()) {
            if (entry.getKey() instanceof Inet6Address == ip6) {
                out.append(CliText.centre(IpFormat.address(entry.getKey()), 40)).append(" => ")
                    .append(CliText.centre(entry.getValue().toString(), 20)).append('\n');
            }
        }
    }

    private static String onOff(final BridgeDomain bd, final int feature) {
        return bd.has(feature) ? "on" : "off";
    }

    private String unknownUnicast(final BridgeDomain bd) {
        if (bd.has(L2Features.UU_FWD)) {
            return nameOrNa(bd.uuFwdSwIfIndex());
        }
        return bd.has(L2Features.UU_FLOOD) ? "flood" : "drop";
    }

    String showL2fib(final String arguments) {
        final String[] words = arguments.isEmpty() ? new String[0] : arguments.split("\\s+");
        boolean verbose = false;
        boolean learnedOnly = false;
        int bdIndex = ApiTypes.NONE;
        for (int i = 0; i < words.length; i++) {
            switch (words[i]) {
                case "verbose", "all", "add" -> verbose = true;
                case "learn" -> {
                    verbose = true;
                    learnedOnly = true;
                }
                case "bd_index" -> {
                    verbose = true;
                    if (i + 1 < words.length && isNumber(words[i + 1])) {
                        bdIndex = (int) Long.parseLong(words[++i]);
                    }
                }
                case "bd_id" -> {
                    final int bdId = i + 1 < words.length && isNumber(words[i + 1])
                        ? (int) Long.parseLong(words[++i]) : 0;
                    bdIndex = l2().bridgeDomains().byId(bdId).map(BridgeDomain::index).orElseThrow(
                        () -> new CliError("bridge domain id " + bdId + " doesn't exist\n"));
                    verbose = true;
                }
                default -> i = words.length;
            }
        }
        final L2Fib fib = l2().fib();
        if (fib.size() == 0) {
            return "no l2fib entries\n";
        }
        final StringBuilder out = new StringBuilder();
        if (verbose) {
            out.append(CliText.centre("Mac-Address", 19)).append(CliText.centre("BD-Idx", 7))
                .append(CliText.centre("If-Idx", 7)).append(CliText.centre("BSN-ISN", 8))
                .append(CliText.centre("Age(min)", 9)).append(CliText.centre("static", 7))
                .append(CliText.centre("filter", 7)).append(CliText.centre("bvi", 5))
                .append(CliText.centre("Interface-Name", 30)).append('\n');
            if (!learnedOnly) {
                fib.forEach(bdIndex, (key, entry) -> appendFibEntry(out, key, entry));
            }
        }
        out.append("L2FIB total/learned entries: ").append(fib.size()).append("/0  Last scan time: 0.0000e0sec  ")
            .append("Learn limit: ").append(BridgeDomains.DEFAULT_LEARN_LIMIT).append(" \n");
        return out.toString();
    }

    private void appendFibEntry(final StringBuilder out, final L2Fib.Key key, final L2Fib.Entry entry) {
        out.append(CliText.centre(key.mac().toString(), 19))
            .append(CliText.centre(Integer.toString(key.bdIndex()), 7))
            .append(CliText.centre(Integer.toString(entry.swIfIndex()), 7))
            .append("   0/0  ")
            .append(CliText.centre("no", 9))
            .append(CliText.centre(entry.staticMac() ? SET_FLAG : NONE_FLAG, 7))
            .append(CliText.centre(entry.filter() ? SET_FLAG : NONE_FLAG, 7))
            .append(CliText.centre(entry.bvi() ? SET_FLAG : NONE_FLAG, 5))
            .append(CliText.centre(nameOrNa(entry.swIfIndex()), 30)).append('\n');
    }

    /**
     * The L2 line of {@code show interface addr}.
     *
     * @param iface the interface
     * @return the line, or none in L3 mode
     */
    List<String> interfaceLines(final SimInterface iface) {
        final L2Port port = l2().port(iface.swIfIndex()).orElse(null);
        if (port instanceof L2Port.Bridged bridged) {
            final int bdId = l2().bridgeDomains().idOfIndex(bridged.bdIndex());
            return List.of("  L2 bridge bd-id " + bdId + " idx " + bridged.bdIndex() + " shg " + bridged.shg() + " "
                + (bridged.isBvi() ? "bvi" : " "));
        }
        if (port instanceof L2Port.Xconnect xconnect) {
            return List.of("  L2 xconnect " + name(xconnect.txSwIfIndex()));
        }
        return List.of();
    }

    private String name(final int swIfIndex) {
        return state.interfaces().get(swIfIndex).map(SimInterface::name).orElse("Stale");
    }

    /**
     * {@code format_vnet_sw_if_index_name_with_NA}.
     */
    private String nameOrNa(final int swIfIndex) {
        return swIfIndex == ApiTypes.NONE ? "N/A" : name(swIfIndex);
    }

    private static boolean isNumber(final String word) {
        return !word.isEmpty() && word.length() < 11 && word.chars().allMatch(Character::isDigit);
    }
}
