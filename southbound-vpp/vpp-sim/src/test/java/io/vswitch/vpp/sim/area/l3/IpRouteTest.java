package io.vswitch.vpp.sim.area.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.l3.IpRouteAddDelReply;
import io.vswitch.vpp.api.message.types.FibMplsLabel;
import io.vswitch.vpp.api.message.types.FibPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ip_route_add_del} and {@code ip_route_dump}: paths as VPP encodes them back, replace and multipath
 * semantics, VPP's retvals.
 */
class IpRouteTest extends L3TestSupport {
    private int loop;
    private int other;

    @BeforeEach
    void interfaces() {
        loop = loopback("de:ad:00:00:00:01");
        other = loopback("de:ad:00:00:00:02");
    }

    private IpRoute only(final int tableId, final String prefix) {
        return dumped(tableId, prefix).orElseThrow(() -> new AssertionError(prefix + " not in table " + tableId
            + ": " + routesByPrefix(prefix.contains(":"), tableId).keySet()));
    }

    private static String describe(final FibPath path) {
        return "sw=" + path.swIfIndex() + " nh=" + text(new io.vswitch.vpp.api.message.types.Address(path.proto(),
            path.nh().address())) + " table=" + path.tableId() + " w=" + path.weight() + " pref="
            + path.preference() + " type=" + path.type() + " proto=" + path.proto();
    }

    /** A normal IPv4 path of weight 1 via a next hop on an interface, as {@link #describe} shows it. */
    private static String simple(final int swIfIndex, final String nextHop) {
        return "sw=" + swIfIndex + " nh=" + nextHop + " table=0 w=1 pref=0 type=0 proto=0";
    }

    private List<String> paths(final int tableId, final String prefix) {
        return only(tableId, prefix).paths().stream().map(IpRouteTest::describe).toList();
    }

    @Test
    void aRouteIsDumpedWithItsPathAndStatsIndex() {
        final IpRouteAddDelReply reply = call(add("192.0.2.0/24", via("10.0.0.2", loop)));
        assertNotEquals(NONE, reply.statsIndex());
        final IpRoute route = only(0, "192.0.2.0/24");
        assertEquals(0, route.tableId());
        assertEquals(reply.statsIndex(), route.statsIndex());
        assertEquals(1, route.nPaths());
        final FibPath path = route.paths().get(0);
        assertEquals(loop, path.swIfIndex());
        assertEquals(0, path.rpfId());
        assertEquals(0, path.flags());
        assertEquals(0, path.nLabels());
        assertEquals(List.of(simple(loop, "10.0.0.2")), paths(0, "192.0.2.0/24"));
    }

    @Test
    void weightZeroIsOneAndPathsSortByPreference() {
        call(add("198.51.100.0/24", path(loop, "10.0.0.9", 0, 0, 5, TYPE_NORMAL),
            path(other, "10.0.0.3", 0, 7, 1, TYPE_NORMAL)));
        assertEquals(List.of("sw=" + other + " nh=10.0.0.3 table=0 w=7 pref=1 type=0 proto=0",
            "sw=" + loop + " nh=10.0.0.9 table=0 w=1 pref=5 type=0 proto=0"), paths(0, "198.51.100.0/24"));
    }

    @Test
    void specialPathTypes() {
        call(table(true, false, 10, ""));
        call(add("203.0.113.0/24", path(NONE, "0.0.0.0", 0, 1, 0, TYPE_DROP)));
        call(add("203.0.114.0/24", path(NONE, "0.0.0.0", 10, 1, 0, TYPE_NORMAL)));
        call(add("203.0.115.1/32", path(loop, "0.0.0.0", 0, 1, 0, TYPE_LOCAL)));
        call(add("203.0.116.0/24", path(NONE, "10.9.9.9", 10, 1, 0, TYPE_NORMAL)));
        call(add("203.0.117.0/24", path(NONE, "0.0.0.0", 0, 1, 0, 5)));
        assertEquals(List.of("sw=-1 nh=0.0.0.0 table=0 w=1 pref=0 type=2 proto=0"), paths(0, "203.0.113.0/24"));
        // a lookup in another table
        assertEquals(List.of("sw=-1 nh=0.0.0.0 table=10 w=1 pref=0 type=0 proto=0"), paths(0, "203.0.114.0/24"));
        assertEquals(List.of("sw=" + loop + " nh=0.0.0.0 table=0 w=1 pref=0 type=1 proto=0"),
            paths(0, "203.0.115.1/32"));
        // recursive via a next hop in another table
        assertEquals(List.of("sw=-1 nh=10.9.9.9 table=10 w=1 pref=0 type=0 proto=0"), paths(0, "203.0.116.0/24"));
        assertEquals(List.of("sw=-1 nh=0.0.0.0 table=0 w=1 pref=0 type=5 proto=0"), paths(0, "203.0.117.0/24"));
    }

    @Test
    void outLabelsComeBackWithoutTheUniformFlag() {
        final List<FibMplsLabel> labels = new ArrayList<>(NO_LABELS);
        labels.set(0, new FibMplsLabel(1, 100, 64, 0));
        labels.set(1, new FibMplsLabel(0, 200, 0, 3));
        final FibPath labelled = new FibPath(loop, 0, 0, 1, 0, TYPE_NORMAL, 0, PROTO_IP4,
            via("10.0.0.2", loop).nh(), 2, labels);
        call(add("192.0.2.0/24", labelled));
        final FibPath dumped = only(0, "192.0.2.0/24").paths().get(0);
        assertEquals(2, dumped.nLabels());
        assertEquals(new FibMplsLabel(0, 100, 64, 0), dumped.labelStack().get(0));
        assertEquals(new FibMplsLabel(0, 200, 0, 3), dumped.labelStack().get(1));
        assertEquals(new FibMplsLabel(0, 0, 0, 0), dumped.labelStack().get(2));
    }

    @Test
    void aLocalPathWithoutInterfaceMakesEveryPathLocal() {
        call(add("192.0.2.1/32", path(NONE, "0.0.0.0", 0, 1, 0, TYPE_LOCAL), via("10.0.0.2", loop)));
        assertEquals(List.of("sw=-1 nh=0.0.0.0 table=0 w=1 pref=0 type=1 proto=0",
            "sw=" + loop + " nh=10.0.0.2 table=0 w=1 pref=0 type=1 proto=0"), paths(0, "192.0.2.1/32"));
    }

    @Test
    void aHostRouteOutOfAnInterfaceGetsItsAddressAsNextHop() {
        call(add("192.0.2.7/32", path(loop, "0.0.0.0", 0, 1, 0, TYPE_NORMAL)));
        assertEquals(List.of("sw=" + loop + " nh=192.0.2.7 table=0 w=1 pref=0 type=0 proto=0"),
            paths(0, "192.0.2.7/32"));
        call(add("192.0.3.0/24", path(loop, "0.0.0.0", 0, 1, 0, TYPE_NORMAL)));
        assertEquals(List.of("sw=" + loop + " nh=0.0.0.0 table=0 w=1 pref=0 type=0 proto=0"),
            paths(0, "192.0.3.0/24"));
    }

    @Test
    void aRouteRecursingViaItsOwnAddressDrops() {
        call(add("192.0.2.9/32", path(NONE, "192.0.2.9", 0, 1, 0, TYPE_NORMAL)));
        assertEquals(List.of("sw=-1 nh=0.0.0.0 table=0 w=1 pref=0 type=2 proto=0"), paths(0, "192.0.2.9/32"));
    }

    @Test
    void ipv6Routes() {
        call(add("2001:db8:1::/48", via("2001:db8::2", loop)));
        assertEquals(List.of("sw=" + loop + " nh=2001:db8:0:0:0:0:0:2 table=0 w=1 pref=0 type=0 proto=1"),
            paths(0, "2001:db8:1::/48"));
        assertTrue(dumped(0, "2001:db8:1::/48").isPresent());
        assertTrue(routesByPrefix(false, 0).keySet().stream().noneMatch(prefix -> prefix.contains(":")));
    }

    @Test
    void addingWithoutMultipathReplacesThePaths() {
        call(add("192.0.2.0/24", via("10.0.0.2", loop), via("10.0.0.3", loop)));
        final int stats = only(0, "192.0.2.0/24").statsIndex();
        final IpRouteAddDelReply again = call(add("192.0.2.0/24", via("10.0.0.4", other)));
        assertEquals(stats, again.statsIndex());
        assertEquals(List.of(simple(other, "10.0.0.4")), paths(0, "192.0.2.0/24"));
    }

    @Test
    void multipathAddsAndRemovesSinglePaths() {
        call(route(true, true, 0, "192.0.2.0/24", via("10.0.0.2", loop)));
        call(route(true, true, 0, "192.0.2.0/24", via("10.0.0.3", loop)));
        // the same path again (even with another weight) is not added twice
        call(route(true, true, 0, "192.0.2.0/24", path(loop, "10.0.0.3", 0, 9, 0, TYPE_NORMAL)));
        assertEquals(2, only(0, "192.0.2.0/24").nPaths());
        call(route(false, true, 0, "192.0.2.0/24", path(loop, "10.0.0.2", 0, 4, 0, TYPE_NORMAL)));
        assertEquals(List.of(simple(loop, "10.0.0.3")), paths(0, "192.0.2.0/24"));
        // removing a path it does not have is fine
        assertEquals(0, retval(route(false, true, 0, "192.0.2.0/24", via("10.0.0.2", loop))));
        call(route(false, true, 0, "192.0.2.0/24", via("10.0.0.3", loop)));
        assertTrue(dumped(0, "192.0.2.0/24").isEmpty());
    }

    @Test
    void deletingRemovesTheRouteAndANonExistentOneIsFine() {
        call(add("192.0.2.0/24", via("10.0.0.2", loop)));
        final IpRouteAddDelReply deleted = call(route(false, false, 0, "192.0.2.0/24"));
        assertEquals(NONE, deleted.statsIndex());
        assertTrue(dumped(0, "192.0.2.0/24").isEmpty());
        assertEquals(0, retval(route(false, false, 0, "192.0.2.0/24")));
        assertEquals(0, retval(route(false, false, 0, "192.0.2.0/24", via("10.0.0.2", loop))));
    }

    @Test
    void hostBitsKeyTheSameRouteAndTheFirstFormIsKept() {
        call(add("192.0.2.1/24", via("10.0.0.2", loop)));
        call(add("192.0.2.0/24", via("10.0.0.3", loop)));
        assertEquals(List.of(simple(loop, "10.0.0.3")), paths(0, "192.0.2.1/24"));
        assertTrue(dumped(0, "192.0.2.0/24").isEmpty());
        call(route(false, false, 0, "192.0.2.77/24"));
        assertTrue(dumped(0, "192.0.2.1/24").isEmpty());
    }

    @Test
    void errorsAsVpp() {
        final IpRouteAddDelReply noTable = reply(route(true, false, 10, "192.0.2.0/24", via("10.0.0.2", loop)));
        assertEquals(-3, noTable.retval());
        assertEquals(NONE, noTable.statsIndex());
        assertEquals(-3, retval(route(false, false, 10, "192.0.2.0/24")));
        assertEquals(-54, retval(add("192.0.2.0/24", via("10.0.0.2", 99))));
        assertEquals(-3, retval(add("192.0.2.0/24", path(NONE, "10.0.0.2", 55, 1, 0, TYPE_NORMAL))));
        assertEquals(-171, retval(add("192.0.2.0/33", via("10.0.0.2", loop))));
        assertEquals(-52, retval(add("192.0.2.0/24")));
        assertEquals(-52, retval(route(false, true, 0, "192.0.2.0/24")));
        assertEquals(-65, retval(add("192.0.2.0/24", path(NONE, "0.0.0.0", 0, 1, 0, 10))));
        assertEquals(-1, retval(add("192.0.2.0/24", new FibPath(loop, 0, 0, 1, 0, 0, 0, 7,
            via("10.0.0.2", loop).nh(), 0, NO_LABELS))));
        assertTrue(dumped(0, "192.0.2.0/24").isEmpty());
    }

    @Test
    void routesThroughADeletedInterfaceStay() {
        call(add("192.0.2.0/24", via("10.0.0.2", loop)));
        call(new DeleteLoopback(loop));
        assertEquals(List.of(simple(loop, "10.0.0.2")), paths(0, "192.0.2.0/24"));
    }
}
