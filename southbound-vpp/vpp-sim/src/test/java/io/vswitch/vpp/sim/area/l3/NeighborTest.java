package io.vswitch.vpp.sim.area.l3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.l3.IpNeighbor;
import io.vswitch.vpp.api.message.l3.IpNeighborAddDel;
import io.vswitch.vpp.api.message.l3.IpNeighborAddDelReply;
import io.vswitch.vpp.api.message.l3.IpNeighborDetails;
import io.vswitch.vpp.api.message.l3.IpNeighborDump;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ip_neighbor_add_del} and {@code ip_neighbor_dump}.
 */
class NeighborTest extends L3TestSupport {
    private static final int STATIC = 1;
    private static final int NO_FIB_ENTRY = 2;

    private int loop;
    private int other;

    @BeforeEach
    void interfaces() {
        loop = loopback("de:ad:00:00:00:01");
        other = loopback("de:ad:00:00:00:02");
        up(loop);
        up(other);
    }

    private static IpNeighborAddDel neighbor(final boolean add, final int swIfIndex, final int flags,
            final String mac, final String ip) {
        return new IpNeighborAddDel(add, new IpNeighbor(swIfIndex, flags, mac(mac), address(ip)));
    }

    private List<String> neighbors(final int swIfIndex, final boolean ip6) {
        return dump(new IpNeighborDump(swIfIndex, ip6 ? 1 : 0)).stream().map(IpNeighborDetails::neighbor)
            .map(entry -> entry.swIfIndex() + " " + text(entry.ipAddress()) + " "
                + java.util.HexFormat.ofDelimiter(":").formatHex(entry.macAddress()) + " " + entry.flags())
            .toList();
    }

    @Test
    void neighboursAreDumpedPerFamilyAndInterface() {
        final IpNeighborAddDelReply reply = call(neighbor(true, loop, STATIC, "02:00:00:00:00:01", "10.0.0.1"));
        assertNotEquals(NONE, reply.statsIndex());
        call(neighbor(true, other, 0, "02:00:00:00:00:02", "10.0.0.2"));
        call(neighbor(true, loop, STATIC, "02:00:00:00:00:03", "2001:db8::3"));
        assertEquals(List.of(loop + " 10.0.0.1 02:00:00:00:00:01 1", other + " 10.0.0.2 02:00:00:00:00:02 0"),
            neighbors(NONE, false));
        assertEquals(List.of(other + " 10.0.0.2 02:00:00:00:00:02 0"), neighbors(other, false));
        assertEquals(List.of(loop + " 2001:db8:0:0:0:0:0:3 02:00:00:00:00:03 1"), neighbors(NONE, true));
        assertEquals(List.of(), dump(new IpNeighborDump(NONE, 7)));
        final double age = dump(new IpNeighborDump(loop, 0)).get(0).age();
        assertTrue(age >= 0 && age < WAIT.toSeconds(), () -> "age " + age);
        assertArrayEquals(mac("02:00:00:00:00:01"), dump(new IpNeighborDump(loop, 0)).get(0).neighbor().macAddress());
    }

    @Test
    void aNeighbourWithoutFibEntryHasNoAdjacencyIndex() {
        final IpNeighborAddDelReply reply = call(neighbor(true, loop, STATIC | NO_FIB_ENTRY, "02:00:00:00:00:01",
            "10.0.0.1"));
        assertEquals(NONE, reply.statsIndex());
        assertEquals(List.of(loop + " 10.0.0.1 02:00:00:00:00:01 3"), neighbors(loop, false));
    }

    @Test
    void updatesFollowVppsRules() {
        final int adjacency = call(neighbor(true, loop, 0, "02:00:00:00:00:01", "10.0.0.1")).statsIndex();
        // a dynamic neighbour may become static and change its MAC; its adjacency stays
        assertEquals(adjacency, call(neighbor(true, loop, STATIC, "02:00:00:00:00:09", "10.0.0.1")).statsIndex());
        assertEquals(List.of(loop + " 10.0.0.1 02:00:00:00:00:09 1"), neighbors(loop, false));
        // ... but not the reverse; a dynamic add with the same MAC is accepted and changes nothing
        final IpNeighborAddDelReply refused = reply(neighbor(true, loop, 0, "02:00:00:00:00:01", "10.0.0.1"));
        assertEquals(-2, refused.retval());
        assertEquals(NONE, refused.statsIndex());
        assertEquals(0, retval(neighbor(true, loop, 0, "02:00:00:00:00:09", "10.0.0.1")));
        assertEquals(List.of(loop + " 10.0.0.1 02:00:00:00:00:09 1"), neighbors(loop, false));
    }

    @Test
    void deleteAndErrors() {
        call(neighbor(true, loop, STATIC, "02:00:00:00:00:01", "10.0.0.1"));
        assertEquals(-6, retval(neighbor(false, other, STATIC, "02:00:00:00:00:01", "10.0.0.1")));
        final IpNeighborAddDelReply deleted = call(neighbor(false, loop, 0, "00:00:00:00:00:00", "10.0.0.1"));
        assertEquals(NONE, deleted.statsIndex());
        assertEquals(-6, retval(neighbor(false, loop, 0, "00:00:00:00:00:00", "10.0.0.1")));
        final IpNeighborAddDelReply unknown = reply(neighbor(true, 99, STATIC, "02:00:00:00:00:01", "10.0.0.1"));
        assertEquals(-2, unknown.retval());
        assertEquals(NONE, unknown.statsIndex());
        assertEquals(List.of(), neighbors(NONE, false));
    }

    @Test
    void adminDownFlushesDynamicNeighboursAndDeletionAll() {
        call(neighbor(true, loop, STATIC, "02:00:00:00:00:01", "10.0.0.1"));
        call(neighbor(true, loop, 0, "02:00:00:00:00:02", "10.0.0.2"));
        call(neighbor(true, other, STATIC, "02:00:00:00:00:03", "10.0.0.3"));
        call(new SwInterfaceSetFlags(loop, 0));
        assertEquals(List.of(loop + " 10.0.0.1 02:00:00:00:00:01 1", other + " 10.0.0.3 02:00:00:00:00:03 1"),
            neighbors(NONE, false));
        call(new DeleteLoopback(loop));
        assertEquals(List.of(other + " 10.0.0.3 02:00:00:00:00:03 1"), neighbors(NONE, false));
    }
}
