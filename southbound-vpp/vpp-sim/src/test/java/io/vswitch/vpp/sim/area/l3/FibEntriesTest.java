package io.vswitch.vpp.sim.area.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTable;
import io.vswitch.vpp.api.message.l3.IpNeighbor;
import io.vswitch.vpp.api.message.l3.IpNeighborAddDel;
import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.l3.IpRouteDetails;
import io.vswitch.vpp.api.message.types.FibPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What VPP shows in {@code ip_route_dump} beside the API's routes: the special entries of every table, the routes
 * of interface addresses, neighbours' host routes, and which source wins a prefix.
 */
class FibEntriesTest extends L3TestSupport {
    private static String summary(final IpRoute route) {
        final StringBuilder out = new StringBuilder(text(route.prefix()));
        for (FibPath path : route.paths()) {
            out.append(" [sw=").append(path.swIfIndex()).append(" type=").append(path.type()).append(" nh=")
                .append(text(new io.vswitch.vpp.api.message.types.Address(path.proto(), path.nh().address())))
                .append(']');
        }
        return out.toString();
    }

    private List<String> table(final boolean ip6, final int tableId) {
        return routes(ip6, tableId).stream().map(IpRouteDetails::route).map(FibEntriesTest::summary).toList();
    }

    @Test
    void everyTableStartsWithVppsSpecialEntriesInDumpOrder() {
        assertEquals(List.of("0.0.0.0/0 [sw=-1 type=2 nh=0.0.0.0]", "224.0.0.0/4 [sw=-1 type=2 nh=0.0.0.0]",
            "240.0.0.0/4 [sw=-1 type=2 nh=0.0.0.0]", "0.0.0.0/32 [sw=-1 type=2 nh=0.0.0.0]",
            "255.255.255.255/32 [sw=-1 type=2 nh=0.0.0.0]"), table(false, 0));
        assertEquals(List.of("0:0:0:0:0:0:0:0/0 [sw=-1 type=2 nh=0:0:0:0:0:0:0:0]",
            "fe80:0:0:0:0:0:0:0/10 [sw=-1 type=0 nh=0:0:0:0:0:0:0:0]"), table(true, 0));
        call(table(true, false, 10, ""));
        assertEquals(5, routes(false, 10).size());
        assertEquals(List.of(), routes(false, 11));
    }

    @Test
    void anAdminUpInterfaceContributesItsAddressRoutes() {
        final int loop = loopback("de:ad:00:00:00:01");
        addAddress(loop, "10.0.0.1/24");
        addAddress(loop, "2001:db8::1/64");
        assertEquals(5, routes(false, 0).size(), "no interface routes while admin down");
        up(loop);
        final List<String> ip4 = table(false, 0);
        assertTrue(ip4.contains("10.0.0.1/24 [sw=" + loop + " type=0 nh=0.0.0.0]"), ip4.toString());
        assertTrue(ip4.contains("10.0.0.1/32 [sw=" + loop + " type=1 nh=10.0.0.1]"), ip4.toString());
        assertTrue(ip4.contains("10.0.0.0/32 [sw=-1 type=2 nh=0.0.0.0]"), ip4.toString());
        assertTrue(ip4.contains("10.0.0.255/32 [sw=-1 type=2 nh=0.0.0.0]"), ip4.toString());
        assertEquals(9, ip4.size());
        final List<String> ip6 = table(true, 0);
        assertTrue(ip6.contains("2001:db8:0:0:0:0:0:0/64 [sw=" + loop + " type=0 nh=0:0:0:0:0:0:0:0]"), ip6.toString());
        assertTrue(ip6.contains("2001:db8:0:0:0:0:0:1/128 [sw=" + loop + " type=1 nh=2001:db8:0:0:0:0:0:1]"),
            ip6.toString());
        assertEquals(4, ip6.size());
        call(new SwInterfaceSetFlags(loop, 0));
        assertEquals(5, routes(false, 0).size());
    }

    @Test
    void pointToPointAndHostAddresses() {
        final int loop = loopback("de:ad:00:00:00:01");
        up(loop);
        addAddress(loop, "10.1.0.0/31");
        addAddress(loop, "10.2.0.1/32");
        final List<String> ip4 = table(false, 0);
        assertTrue(ip4.contains("10.1.0.1/32 [sw=" + loop + " type=0 nh=10.1.0.1]"), ip4.toString());
        assertTrue(ip4.contains("10.1.0.0/31 [sw=" + loop + " type=0 nh=0.0.0.0]"), ip4.toString());
        assertTrue(ip4.contains("10.2.0.1/32 [sw=" + loop + " type=1 nh=10.2.0.1]"), ip4.toString());
        assertEquals(5 + 4, ip4.size());
    }

    @Test
    void interfaceRoutesAreInTheInterfacesTable() {
        call(table(true, false, 10, ""));
        final int loop = loopback("de:ad:00:00:00:01");
        call(new SwInterfaceSetTable(loop, false, 10));
        up(loop);
        addAddress(loop, "10.0.0.1/24");
        assertEquals(5, routes(false, 0).size());
        assertEquals(9, routes(false, 10).size());
    }

    @Test
    void theBestSourceWins() {
        final int loop = loopback("de:ad:00:00:00:01");
        up(loop);
        addAddress(loop, "10.0.0.1/24");
        // the API beats the default route ...
        call(add("0.0.0.0/0", via("10.0.0.254", loop)));
        // ... but not the interface, whose entry keeps showing the local path
        call(add("10.0.0.1/32", via("10.0.0.2", loop)));
        // ... nor the special class-E drop
        call(add("240.0.0.0/4", via("10.0.0.2", loop)));
        final Map<String, IpRoute> routes = routesByPrefix(false, 0);
        assertEquals("0.0.0.0/0 [sw=" + loop + " type=0 nh=10.0.0.254]", summary(routes.get("0.0.0.0/0")));
        assertEquals("10.0.0.1/32 [sw=" + loop + " type=1 nh=10.0.0.1]", summary(routes.get("10.0.0.1/32")));
        assertEquals("240.0.0.0/4 [sw=-1 type=2 nh=0.0.0.0]", summary(routes.get("240.0.0.0/4")));
        assertEquals(9, routes.size());
        call(route(false, false, 0, "0.0.0.0/0"));
        assertEquals("0.0.0.0/0 [sw=-1 type=2 nh=0.0.0.0]", summary(routesByPrefix(false, 0).get("0.0.0.0/0")));
    }

    @Test
    void neighboursHaveHostRoutesUnlessTheyHaveNoFibEntry() {
        final int loop = loopback("de:ad:00:00:00:01");
        call(new IpNeighborAddDel(true, new IpNeighbor(loop, 1, mac("02:00:00:00:00:09"), address("10.0.0.9"))));
        call(new IpNeighborAddDel(true, new IpNeighbor(loop, 3, mac("02:00:00:00:00:08"), address("10.0.0.8"))));
        final Map<String, IpRoute> routes = routesByPrefix(false, 0);
        assertEquals("10.0.0.9/32 [sw=" + loop + " type=0 nh=10.0.0.9]", summary(routes.get("10.0.0.9/32")));
        assertTrue(!routes.containsKey("10.0.0.8/32"));
    }
}
