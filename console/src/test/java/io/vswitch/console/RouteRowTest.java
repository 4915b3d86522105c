package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.RouteBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.RouteKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.StateBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.Target;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.NextHopsBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.Special;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.SpecialBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.VrfLookupBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.next.hops.NextHop;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.next.hops.NextHopBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.NodesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.Status;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.StatusBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

class RouteRowTest {
    private static final Status APPLIED = new StatusBuilder().setState(ItemState.Applied).build();

    private static Nodes nodes(final Node... nodes) {
        return new NodesBuilder().setNode(Arrays.stream(nodes).collect(Collectors.toMap(Node::key, n -> n))).build();
    }

    private static Node node(final String name, final Map<RouteKey, Route> routes) {
        return new NodeBuilder().setName(name).addAugmentation(new Node1Builder().setL3(
            new L3Builder().setRoute(routes).build()).build()).build();
    }

    private static Node node(final String name, final Route... routes) {
        return node(name, Arrays.stream(routes).collect(Collectors.toMap(Route::key, r -> r)));
    }

    private static RouteBuilder route(final long vrf, final String destination) {
        return new RouteBuilder().setVrf(Uint32.valueOf(vrf)).setDestination(IetfInetUtil.ipPrefixFor(destination));
    }

    private static Route route(final long vrf, final String destination, final Target target) {
        return route(vrf, destination).setTarget(target).build();
    }

    private static Route oper(final long vrf, final String destination, final boolean installed,
            final Status status) {
        return route(vrf, destination).setState(new StateBuilder().setInstalled(installed).build()).setStatus(status)
            .build();
    }

    private static NextHop hop(final int id, final String address, final String iface) {
        return new NextHopBuilder().setId(Uint8.valueOf(id)).setInterface(iface)
            .setAddress(IetfInetUtil.ipAddressFor(address)).build();
    }

    private static Target hops(final NextHop... hops) {
        return new NextHopsBuilder().setNextHop(Arrays.stream(hops).collect(Collectors.toMap(NextHop::key, h -> h)))
            .build();
    }

    private final Nodes config = nodes(
        node("vpp1",
            route(0, "10.0.0.0/8", hops(hop(1, "192.168.1.1", "uplink"))),
            route(0, "9.0.0.0/8", new SpecialBuilder().setSpecial(Special.Special$.Drop).build()),
            route(0, "2001:db8::/32", new SpecialBuilder().setSpecial(Special.Special$.Local).build()),
            route(5, "0.0.0.0/0", new VrfLookupBuilder().setNextHopVrf(Uint32.ZERO).build()),
            route(0, "10.1.0.0/16", hops(
                new NextHopBuilder(hop(2, "10.0.0.3", "uplink")).setWeight(Uint8.valueOf(3))
                    .setPreference(Uint8.ONE).build(),
                hop(1, "10.0.0.2", "uplink"),
                new NextHopBuilder().setId(Uint8.ZERO).setInterface("tap0").setWeight(Uint8.ONE)
                    .setPreference(Uint8.ZERO).build()))),
        node("cnf1", route(0, "192.168.0.0/16").build()));

    private final Nodes oper = nodes(node("vpp1",
        oper(0, "10.0.0.0/8", true, APPLIED),
        oper(0, "9.0.0.0/8", false, new StatusBuilder().setState(ItemState.Retrying)
            .setReason("create failed: timeout").build()),
        oper(5, "0.0.0.0/0", false, new StatusBuilder().setState(ItemState.Pending)
            .setReason("waits for vrf vpp1/vrf/ipv4/5 (not configured)").build())));

    @Test
    void joinsConfigWithOperationalSortedByNodeVrfAndAddress() {
        final Listing<RouteRow> listing = RouteRow.of(new NodesSnapshot(config, oper), null, null, 1000);
        assertEquals(List.of(
            new RouteRow("cnf1", 0, "192.168.0.0/16", "-", "-", "unknown"),
            new RouteRow("vpp1", 0, "9.0.0.0/8", "drop", "no", "retrying: create failed: timeout"),
            new RouteRow("vpp1", 0, "10.0.0.0/8", "via 192.168.1.1 uplink", "yes", "applied"),
            new RouteRow("vpp1", 0, "10.1.0.0/16",
                "via tap0\nvia 10.0.0.2 uplink\nvia 10.0.0.3 uplink weight 3 preference 1", "-", "unknown"),
            new RouteRow("vpp1", 0, "2001:db8::/32", "local", "-", "unknown"),
            new RouteRow("vpp1", 5, "0.0.0.0/0", "lookup in VRF 0", "no",
                "pending: waits for vrf vpp1/vrf/ipv4/5 (not configured)")),
            listing.rows());
        assertEquals(6, listing.total());
        assertFalse(listing.truncated());
        assertEquals("6 routes: 1 applied, 1 pending, 1 retrying, 3 unknown", listing.counts());
    }

    @Test
    void onlyTheNodeAndVrfAsked() {
        final NodesSnapshot nodes = new NodesSnapshot(config, oper);
        assertEquals(List.of("0.0.0.0/0"), RouteRow.of(nodes, "vpp1", 5L, 1000).rows().stream()
            .map(RouteRow::destination).toList());
        assertEquals(List.of("cnf1", "vpp1", "vpp1", "vpp1", "vpp1"), RouteRow.of(nodes, null, 0L, 1000).rows()
            .stream().map(RouteRow::node).toList());
        assertEquals(0, RouteRow.of(nodes, "cnf1", 5L, 1000).total());
        assertEquals(0, RouteRow.of(new NodesSnapshot(null, oper), null, null, 1000).total());
    }

    @Test
    void manyRoutesAreCountedAndTheFirstOnesShown() {
        final int count = 100_000;
        final Map<RouteKey, Route> configured = new HashMap<>();
        final Map<RouteKey, Route> applied = new HashMap<>();
        final Target via = hops(hop(0, "192.168.1.1", "uplink"));
        for (int i = count - 1; i >= 0; i--) {
            final String destination = "10." + (i >> 16) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF) + "/32";
            final Route route = route(0, destination, via);
            configured.put(route.key(), route);
            if (i % 4 != 0) {
                applied.put(route.key(), oper(0, destination, true, APPLIED));
            }
        }
        final Listing<RouteRow> listing = RouteRow.of(new NodesSnapshot(nodes(node("vpp1", configured)),
            nodes(node("vpp1", applied))), "vpp1", null, Listing.DEFAULT_LIMIT);

        assertEquals(count, listing.total());
        assertEquals("100000 routes: 75000 applied, 25000 unknown", listing.counts());
        assertTrue(listing.truncated());
        assertEquals(Listing.DEFAULT_LIMIT, listing.rows().size());
        // numeric order: 10.0.0.255 before 10.0.1.0, and the thousandth is 10.0.3.231
        assertEquals(new RouteRow("vpp1", 0, "10.0.0.0/32", "via 192.168.1.1 uplink", "-", "unknown"),
            listing.rows().get(0));
        assertEquals("10.0.1.0/32", listing.rows().get(256).destination());
        assertEquals("10.0.3.231/32", listing.rows().get(999).destination());
        assertEquals("Showing the first 1000 of 100000 routes; vswitch:routes -a lists them all.",
            listing.truncation("routes", "vswitch:routes -a"));
    }

    @Test
    void tablePutsEachPathOnItsOwnLine() {
        final String text = Tables.print(RouteRow.table(RouteRow.of(new NodesSnapshot(config, oper), "vpp1", 0L,
            1000).rows()));
        final List<String> lines = text.lines().map(String::stripTrailing).filter(line -> !line.startsWith("──"))
            .toList();
        assertEquals(List.of(
            "Node │ VRF │ Destination   │ Next hops                                 │ In VPP │ Status",
            "vpp1 │   0 │ 9.0.0.0/8     │ drop                                      │ no     │ "
                + "retrying: create failed: timeout",
            "vpp1 │   0 │ 10.0.0.0/8    │ via 192.168.1.1 uplink                    │ yes    │ applied",
            "vpp1 │   0 │ 10.1.0.0/16   │ via tap0                                  │ -      │ unknown",
            "     │     │               │ via 10.0.0.2 uplink                       │        │",
            "     │     │               │ via 10.0.0.3 uplink weight 3 preference 1 │        │",
            "vpp1 │   0 │ 2001:db8::/32 │ local                                     │ -      │ unknown"), lines);
    }
}
