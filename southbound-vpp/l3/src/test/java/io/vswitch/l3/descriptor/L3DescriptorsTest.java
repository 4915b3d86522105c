package io.vswitch.l3.descriptor;

import static io.vswitch.l3.descriptor.L3Harness.NODE;
import static io.vswitch.l3.descriptor.L3Harness.iface;
import static io.vswitch.l3.descriptor.L3Harness.loopback;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.AfPacketType;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceSettings;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.l3.L3Keys;
import io.vswitch.l3.item.NextHop;
import io.vswitch.l3.item.ProxyArpInterface;
import io.vswitch.l3.item.ProxyArpRange;
import io.vswitch.l3.item.Route;
import io.vswitch.l3.item.RouteType;
import io.vswitch.l3.item.StaticNeighbor;
import io.vswitch.l3.item.VrfTable;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.api.TransactionResult;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.vpp.api.message.l3.IpNeighborDetails;
import io.vswitch.vpp.api.message.l3.IpNeighborDump;
import io.vswitch.vpp.api.message.l3.IpRouteAddDel;
import io.vswitch.vpp.api.message.l3.IpRouteDetails;
import io.vswitch.vpp.api.message.l3.ProxyArpDetails;
import io.vswitch.vpp.api.message.l3.ProxyArpDump;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcDetails;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcDump;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The L3 descriptors with the interfaces descriptors, through a real scheduler and client, against the simulator.
 */
class L3DescriptorsTest {
    @TempDir
    Path dir;

    private L3Harness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new L3Harness(dir);
        harness.connect();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    static InetAddress ip(final String text) {
        return InetAddresses.forString(text);
    }

    static IpPrefix prefix(final String text) {
        return IpPrefix.parse(text);
    }

    static ItemKey routeKey(final Route route) {
        return L3Keys.routeKey(NODE, route.vrf(), route.destination());
    }

    static ItemKey vrfKey(final boolean ipv6, final int id) {
        return InterfaceKeys.vrfKey(NODE, ipv6, id);
    }

    private static void putVrf(final Map<ItemKey, Object> items, final int id) {
        items.put(vrfKey(false, id), new VrfTable(id, false, "vrf-" + id));
        items.put(vrfKey(true, id), new VrfTable(id, true, "vrf-" + id));
    }

    private static InterfaceItem uplink() {
        return new InterfaceItem("uplink", new AfPacketType("eth0"), new InterfaceSettings(true, null, null,
            List.of(), 0, 0, null, null));
    }

    private static void assertAllApplied(final TransactionResult result) {
        result.statuses().values().forEach(status ->
            assertEquals(ItemState.APPLIED, status.state(), status::toString));
    }

    /** VPP's routes of a table, decoded with the configured interface names. */
    private Set<Route> vppRoutes(final boolean ipv6, final int table) throws Exception {
        final Map<Integer, String> names = new HashMap<>();
        harness.simulator.interfaces().stream().filter(i -> !i.tag().isEmpty())
            .forEach(i -> names.put(i.swIfIndex(), i.tag()));
        final InterfaceNames interfaceNames = InterfaceNames.of(names);
        final Set<Route> routes = new HashSet<>();
        for (IpRouteDetails details : harness.routes(ipv6, table)) {
            assertTrue(routes.add(RouteCodec.decode(details.route(), interfaceNames)), "one entry per prefix");
        }
        return routes;
    }

    private Route vppRoute(final Route configured) throws Exception {
        return vppRoutes(configured.isIpv6(), configured.vrf()).stream()
            .filter(route -> route.destination().equals(configured.destination())).findFirst()
            .orElseThrow(() -> new AssertionError("VPP has no route " + configured.destination()));
    }

    @Test
    void vrfTableLetsTheInterfaceBindingApply() throws Exception {
        final TransactionResult pending = harness.apply(Map.of(iface("lo1"), loopback("lo1", 5, "10.5.0.1/24")));
        final ItemKey binding = iface("lo1").child("vrf", "ipv4");
        assertEquals(ItemState.PENDING, harness.status(binding).state(), pending.statuses().toString());

        final Map<ItemKey, Object> vrf = new LinkedHashMap<>();
        putVrf(vrf, 5);
        assertAllApplied(harness.apply(vrf));
        assertEquals(ItemState.APPLIED, harness.status(binding).state());
        assertEquals(ItemState.APPLIED, harness.status(iface("lo1").child("vrf", "ipv6")).state());
        assertEquals(ItemState.APPLIED, harness.status(iface("lo1").child("address", "10.5.0.1", "24")).state());
        assertEquals(5, harness.tagged("lo1").ip4TableId());
        assertEquals(5, harness.tagged("lo1").ip6TableId());

        // removing the table unbinds the interface first, which goes back to pending
        harness.delete(vrfKey(false, 5));
        assertEquals(ItemState.PENDING, harness.status(binding).state());
        assertEquals(0, harness.tagged("lo1").ip4TableId());
    }

    @Test
    void routeWaitsForItsNextHopInterfaceAndGoesWithIt() throws Exception {
        final Route route = Route.via(0, prefix("10.1.0.0/16"), List.of(new NextHop("uplink", ip("10.0.0.2"), 1, 0)));
        final TransactionResult pending = harness.apply(Map.of(routeKey(route), route));
        final ItemStatus waiting = pending.statuses().get(routeKey(route));
        assertEquals(ItemState.PENDING, waiting.state());
        assertTrue(waiting.reason().contains("next-hop interface uplink"), waiting.reason());
        assertTrue(vppRoutes(false, 0).stream().noneMatch(r -> r.destination().equals(route.destination())));

        assertAllApplied(harness.apply(Map.of(iface("uplink"), uplink())));
        assertEquals(ItemState.APPLIED, harness.status(routeKey(route)).state());
        assertEquals(route, vppRoute(route));

        harness.delete(iface("uplink"));
        final ItemStatus again = harness.status(routeKey(route));
        assertEquals(ItemState.PENDING, again.state());
        assertTrue(again.reason().contains("next-hop interface uplink"), again.reason());
        assertTrue(vppRoutes(false, 0).stream().noneMatch(r -> r.destination().equals(route.destination())));
    }

    @Test
    void multipathRouteAndInPlaceUpdate() throws Exception {
        harness.apply(Map.of(iface("uplink"), uplink(), iface("lo1"), loopback("lo1", 0, "10.9.0.1/24")));
        final Route two = Route.via(0, prefix("192.168.0.0/24"), List.of(
            new NextHop("uplink", ip("10.0.0.2"), 3, 0), new NextHop("lo1", ip("10.9.0.2"), 1, 0),
            new NextHop(null, ip("10.9.0.3"), 1, 1)));
        assertAllApplied(harness.apply(Map.of(routeKey(two), two)));
        assertEquals(two, vppRoute(two));
        assertEquals(3, harness.routes(false, 0).stream().filter(d -> d.route().prefix().len() == 24
            && d.route().prefix().address().un()[0] == (byte) 192).findFirst().orElseThrow().route().nPaths());

        final Route one = Route.via(0, prefix("192.168.0.0/24"), List.of(new NextHop("lo1", null, 1, 0)));
        final TransactionResult updated = harness.apply(Map.of(routeKey(one), one));
        assertAllApplied(updated);
        assertEquals(1, updated.calls(), "one ip_route_add_del replaces the paths");
        assertEquals(one, vppRoute(one));
    }

    @Test
    void dropLocalAndInterVrfRoutes() throws Exception {
        final Map<ItemKey, Object> items = new LinkedHashMap<>();
        putVrf(items, 7);
        final Route drop = Route.special(0, prefix("10.66.0.0/16"), RouteType.DROP);
        final Route local = Route.special(0, prefix("10.77.0.1/32"), RouteType.LOCAL);
        final Route lookup = Route.lookup(0, prefix("10.88.0.0/16"), 7);
        final Route back = Route.lookup(7, prefix("0.0.0.0/0"), 0);
        final Route drop6 = Route.special(7, prefix("2001:db8:dead::/48"), RouteType.DROP);
        for (Route route : List.of(drop, local, lookup, back, drop6)) {
            items.put(routeKey(route), route);
        }
        assertAllApplied(harness.apply(items));
        for (Route route : List.of(drop, local, lookup, back, drop6)) {
            assertEquals(route, vppRoute(route));
        }

        // the lookup waits for its next-hop VRF
        final Route lookup9 = Route.lookup(0, prefix("10.99.0.0/16"), 9);
        final ItemStatus waiting = harness.apply(Map.of(routeKey(lookup9), lookup9)).statuses().get(routeKey(lookup9));
        assertEquals(ItemState.PENDING, waiting.state());
        assertTrue(waiting.reason().contains("next-hop ipv4 VRF 9"), waiting.reason());
    }

    @Test
    void neighboursAndProxyArp() throws Exception {
        final StaticNeighbor neighbor = StaticNeighbor.of("uplink", ip("10.0.0.9"),
            new MacAddress("02:00:00:00:00:09"));
        final StaticNeighbor neighbor6 = StaticNeighbor.of("uplink", ip("2001:db8::9"),
            new MacAddress("02:00:00:00:00:99"));
        final ProxyArpRange range = new ProxyArpRange(0, (Inet4Address) ip("10.0.0.100"),
            (Inet4Address) ip("10.0.0.120"));
        final ItemKey neighborKey = L3Keys.neighborKey(NODE, "uplink", neighbor.ip());
        final ItemKey proxyIface = L3Keys.proxyArpInterfaceKey(NODE, "uplink");
        final Map<ItemKey, Object> items = new LinkedHashMap<>();
        items.put(neighborKey, neighbor);
        items.put(L3Keys.neighborKey(NODE, "uplink", neighbor6.ip()), neighbor6);
        items.put(L3Keys.proxyArpRangeKey(NODE, 0, range.low(), range.high()), range);
        items.put(proxyIface, new ProxyArpInterface("uplink"));
        final TransactionResult pending = harness.apply(items);
        assertEquals(ItemState.PENDING, pending.statuses().get(neighborKey).state());
        assertEquals(ItemState.PENDING, pending.statuses().get(proxyIface).state());

        assertAllApplied(harness.apply(Map.of(iface("uplink"), uplink())));
        harness.scheduler.statuses().values().forEach(status ->
            assertEquals(ItemState.APPLIED, status.state(), status::toString));
        final int uplink = harness.tagged("uplink").swIfIndex();
        final List<IpNeighborDetails> neighbors = harness.session.dump(new IpNeighborDump(L3Calls.NONE,
            L3Calls.AF_IP4)).get(10, TimeUnit.SECONDS);
        assertEquals(1, neighbors.size());
        assertEquals(uplink, neighbors.get(0).neighbor().swIfIndex());
        assertEquals("02:00:00:00:00:09", MacAddress.of(neighbors.get(0).neighbor().macAddress()).text());
        assertEquals(1, neighbors.get(0).neighbor().flags() & NeighborDescriptor.FLAG_STATIC);
        final List<ProxyArpDetails> ranges = harness.session.dump(new ProxyArpDump()).get(10, TimeUnit.SECONDS);
        assertEquals(1, ranges.size());
        final List<ProxyArpIntfcDetails> enabled = harness.session.dump(new ProxyArpIntfcDump())
            .get(10, TimeUnit.SECONDS);
        assertEquals(List.of(uplink), enabled.stream().map(ProxyArpIntfcDetails::swIfIndex).toList());

        // a MAC change is one call; resync finds everything equal
        final StaticNeighbor moved = StaticNeighbor.of("uplink", neighbor.ip(), new MacAddress("02:00:00:00:00:10"));
        assertEquals(1, harness.apply(Map.of(neighborKey, moved)).calls());
        assertEquals(0, harness.resync().calls());

        harness.delete(proxyIface, neighborKey);
        assertTrue(harness.session.dump(new ProxyArpIntfcDump()).get(10, TimeUnit.SECONDS).isEmpty());
        assertTrue(harness.session.dump(new IpNeighborDump(L3Calls.NONE, L3Calls.AF_IP4)).get(10, TimeUnit.SECONDS)
            .isEmpty());
    }

    @Test
    void resyncCorrelatesRoutesByValue() throws Exception {
        final Map<ItemKey, Object> items = new LinkedHashMap<>();
        items.put(iface("uplink"), uplink());
        items.put(iface("lo1"), loopback("lo1", 0, "10.9.0.1/24"));
        putVrf(items, 3);
        final Route kept = Route.via(0, prefix("10.1.0.0/16"), List.of(new NextHop("uplink", ip("10.0.0.2"), 1, 0)));
        final Route host = Route.via(0, prefix("10.2.0.5/32"), List.of(new NextHop("lo1", null, 1, 0)));
        final Route gone = Route.via(3, prefix("10.3.0.0/16"), List.of(new NextHop(null, ip("10.9.0.7"), 1, 0)));
        final Route changed = Route.via(0, prefix("2001:db8:1::/48"), List.of(
            new NextHop("uplink", ip("2001:db8::2"), 1, 0)));
        for (Route route : List.of(kept, host, gone, changed)) {
            items.put(routeKey(route), route);
        }
        assertAllApplied(harness.apply(items));
        final Set<Route> vppOwn = new HashSet<>(vppRoutes(false, 0));
        vppOwn.removeAll(List.of(kept, host));

        // equal routes (including VPP's form of a host route out of an interface): no call
        final ResyncResult equal = harness.resync();
        assertEquals(0, equal.calls(), equal.toString());

        // another agent's route, a route changed behind our back, and a configured route removed while disconnected
        final Route foreign = Route.via(0, prefix("172.16.0.0/12"), List.of(new NextHop(null, ip("10.9.0.8"), 1, 0)));
        harness.session.call(new IpRouteAddDel(true, false, RouteCodec.encode(foreign, name -> 0)))
            .get(10, TimeUnit.SECONDS);
        final Route tampered = Route.special(0, changed.destination(), RouteType.DROP);
        harness.session.call(new IpRouteAddDel(true, false, RouteCodec.encode(tampered, name -> 0)))
            .get(10, TimeUnit.SECONDS);
        harness.scheduler.onDisconnected("test");
        harness.delete(routeKey(gone));
        harness.resyncs.clear();
        harness.scheduler.onConnected(harness.session);
        final ResyncResult converged = harness.nextResync();
        assertEquals(1, converged.deletes(), converged.toString());
        assertEquals(1, converged.updates(), converged.toString());
        assertEquals(0, converged.creates(), converged.toString());

        assertEquals(changed, vppRoute(changed));
        assertFalse(vppRoutes(false, 3).stream().anyMatch(r -> r.destination().equals(gone.destination())));
        final Set<Route> table0 = vppRoutes(false, 0);
        assertTrue(table0.contains(foreign), "another agent's route is left alone");
        assertTrue(table0.containsAll(vppOwn), "VPP's own routes are left alone: " + vppOwn);
        assertTrue(table0.containsAll(List.of(kept, host)));

        // a new controller (no memory of what it created) gets the configuration, then connects: all equal
        harness.scheduler.close();
        harness.scheduler = harness.newScheduler(L3Descriptors.all());
        final Map<ItemKey, Object> again = new LinkedHashMap<>(items);
        again.remove(routeKey(gone));
        harness.apply(again);
        harness.resyncs.clear();
        harness.scheduler.onConnected(harness.session);
        final ResyncResult restarted = harness.nextResync();
        assertEquals(0, restarted.calls(), restarted.toString());
        assertTrue(vppRoutes(false, 0).contains(foreign));
    }

    @Test
    void fiveThousandRoutesInThreeVrfsFollowTheConfiguration() throws Exception {
        final Map<ItemKey, Object> base = new LinkedHashMap<>();
        base.put(iface("uplink"), uplink());
        putVrf(base, 10);
        putVrf(base, 20);
        assertAllApplied(harness.apply(base));
        final int[] vrfs = {0, 10, 20};
        final Map<Integer, Set<Route>> vppOwn = new HashMap<>();
        for (int vrf : vrfs) {
            vppOwn.put(vrf, vppRoutes(false, vrf));
        }
        final Map<ItemKey, Route> configured = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            final int vrf = vrfs[i % vrfs.length];
            final Route route = Route.via(vrf, prefix("10." + (i >> 8) + "." + (i & 0xFF) + ".0/24"),
                List.of(new NextHop("uplink", ip("192.168.0." + (1 + i % 200)), 1, 0)));
            configured.put(routeKey(route), route);
        }
        final TransactionResult added = harness.apply(new LinkedHashMap<>(configured));
        assertTrue(added.allApplied());
        assertVppHolds(vrfs, vppOwn, configured);

        final List<ItemKey> half = configured.keySet().stream().filter(key -> key.hashCode() % 2 == 0).toList();
        harness.delete(half.toArray(ItemKey[]::new));
        half.forEach(configured::remove);
        assertVppHolds(vrfs, vppOwn, configured);

        harness.resyncs.clear();
        harness.simulator.restart();
        L3Harness.await("resync after restart", () -> !harness.resyncs.isEmpty()
            && harness.scheduler.statuses().values().stream().allMatch(ItemStatus::isApplied));
        assertVppHolds(vrfs, vppOwn, configured);
    }

    private void assertVppHolds(final int[] vrfs, final Map<Integer, Set<Route>> vppOwn,
            final Map<ItemKey, Route> configured) throws Exception {
        for (int vrf : vrfs) {
            final Set<Route> expected = new HashSet<>(vppOwn.get(vrf));
            configured.values().stream().filter(route -> route.vrf() == vrf).forEach(expected::add);
            assertEquals(expected, vppRoutes(false, vrf), "table " + vrf);
        }
    }
}
