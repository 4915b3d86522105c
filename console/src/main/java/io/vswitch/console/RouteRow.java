package io.vswitch.console;

import com.google.common.collect.Ordering;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.support.table.ShellTable;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.RouteKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.Target;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.NextHops;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.Special;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.VrfLookup;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.next.hops.NextHop;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.Status;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * One line of {@code vswitch:routes}: a configured static route joined with its operational twin.
 *
 * @param node the node
 * @param vrf the route's table
 * @param destination the destination prefix
 * @param nextHops where packets go, one path per line
 * @param installed whether VPP's last dump showed the route
 * @param status the route's status
 */
record RouteRow(String node, long vrf, String destination, String nextHops, String installed, String status) {
    private static final String NONE = "-";
    private static final int DEFAULT_WEIGHT = 1;
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::node)
        .thenComparingLong(Entry::vrf).thenComparing(Entry::sortKey, IpOrder.KEYS);

    /** A route before it is formatted: only the rows shown are. */
    private record Entry(String node, long vrf, byte[] sortKey, Route config, @Nullable Route oper) {
        RouteRow row() {
            final State state = oper == null ? null : oper.getState();
            final Boolean installed = state == null ? null : state.getInstalled();
            return new RouteRow(node, vrf, config.requireDestination().stringValue(), target(config.getTarget()),
                installed == null ? NONE : installed ? "yes" : "no",
                StatusText.of(oper == null ? null : oper.getStatus()));
        }
    }

    /**
     * The configured routes of every node, or of one, and of every VRF, or of one, sorted by node, VRF and
     * destination (numerically), at most {@code limit} of them. The counts cover every route that matches.
     *
     * @param nodes the configured and operational nodes
     * @param onlyNode the node to list, or null for all
     * @param onlyVrf the table to list, or null for all
     * @param limit how many rows at most
     * @return the rows and the counts
     */
    static Listing<RouteRow> of(final NodesSnapshot nodes, final @Nullable String onlyNode,
            final @Nullable Long onlyVrf, final int limit) {
        final List<Entry> entries = new ArrayList<>();
        final List<@Nullable Status> statuses = new ArrayList<>();
        for (Node node : nodes.configured(onlyNode)) {
            final Map<RouteKey, Route> operRoutes = routes(nodes.operational(node));
            for (Route route : routes(node).values()) {
                final long vrf = route.requireVrf().longValue();
                if (onlyVrf == null || onlyVrf == vrf) {
                    final Route oper = operRoutes.get(route.key());
                    entries.add(new Entry(node.requireName(), vrf,
                        IpOrder.prefix(route.requireDestination().stringValue()), route, oper));
                    statuses.add(oper == null ? null : oper.getStatus());
                }
            }
        }
        // the least `limit` entries, sorted: O(n log limit) rather than sorting 100,000 routes to show 1,000
        final List<RouteRow> rows = Ordering.from(ORDER).leastOf(entries, limit).stream().map(Entry::row).toList();
        return new Listing<>(rows, entries.size(), StatusCounts.of("route", "routes", statuses));
    }

    /**
     * The table of rows, ready to print.
     *
     * @param rows the rows
     * @return the table
     */
    static ShellTable table(final List<RouteRow> rows) {
        final ShellTable table = new ShellTable();
        table.column("Node");
        table.column("VRF").alignRight();
        table.column("Destination");
        // one path per line, each short: the column is as wide as the longest
        table.column("Next hops");
        table.column("In VPP");
        table.column("Status").maxSize(50).wrap();
        for (RouteRow row : rows) {
            table.addRow().addContent(row.node(), row.vrf(), row.destination(), row.nextHops(), row.installed(),
                row.status());
        }
        return table;
    }

    /**
     * Where a route sends packets: {@code via 10.0.0.2 uplink} per path (weight and preference when not the
     * defaults 1 and 0), {@code drop}, {@code local}, or {@code lookup in VRF 5}.
     *
     * @param target the route's choice
     * @return the text, paths on separate lines
     */
    static String target(final @Nullable Target target) {
        if (target instanceof NextHops hops) {
            final String paths = hops.nonnullNextHop().values().stream()
                .sorted(Comparator.comparing(NextHop::requireId))
                .map(RouteRow::path)
                .collect(Collectors.joining("\n"));
            return paths.isEmpty() ? NONE : paths;
        }
        if (target instanceof Special special && special.getSpecial() != null) {
            return special.getSpecial().getName();
        }
        if (target instanceof VrfLookup lookup && lookup.getNextHopVrf() != null) {
            return "lookup in VRF " + lookup.getNextHopVrf();
        }
        return NONE;
    }

    private static String path(final NextHop hop) {
        final StringBuilder sb = new StringBuilder("via");
        if (hop.getAddress() != null) {
            sb.append(' ').append(hop.getAddress().stringValue());
        }
        if (hop.getInterface() != null) {
            sb.append(' ').append(hop.getInterface());
        }
        if (hop.getWeight() != null && hop.getWeight().intValue() != DEFAULT_WEIGHT) {
            sb.append(" weight ").append(hop.getWeight());
        }
        if (hop.getPreference() != null && hop.getPreference().intValue() != 0) {
            sb.append(" preference ").append(hop.getPreference());
        }
        return sb.toString();
    }

    private static Map<RouteKey, Route> routes(final @Nullable Node node) {
        final Node1 augmentation = node == null ? null : node.augmentation(Node1.class);
        final L3 l3 = augmentation == null ? null : augmentation.getL3();
        return l3 == null ? Map.of() : l3.nonnullRoute();
    }
}
