package io.vswitch.vpp.sim.area.l2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.l2.L2FibTableDetails;
import io.vswitch.vpp.api.message.l2.L2FibTableDump;
import io.vswitch.vpp.api.message.l2.L2fibAddDel;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Bridge;
import io.vswitch.vpp.sim.area.SimApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code l2fib_add_del} and {@code l2_fib_table_dump}.
 */
class L2FibTest extends SimApiTestSupport {
    private static final byte[] MAC_1 = mac("02:00:00:00:00:01");
    private static final byte[] MAC_2 = mac("02:00:00:00:00:02");

    private int port;
    private int other;

    @BeforeEach
    void bridge() {
        port = loopback("de:ad:00:00:00:0a");
        other = loopback("de:ad:00:00:00:0b");
        call(BridgeDomainTest.add(1));
        call(BridgeDomainTest.add(2));
        call(new SwInterfaceSetL2Bridge(port, 1, 0, 0, true));
        call(new SwInterfaceSetL2Bridge(other, 2, 0, 0, true));
    }

    private static L2fibAddDel add(final byte[] mac, final int bdId, final int swIfIndex, final boolean isStatic) {
        return new L2fibAddDel(mac, bdId, swIfIndex, true, isStatic, false, false);
    }

    private static L2fibAddDel delete(final byte[] mac, final int bdId, final int swIfIndex) {
        return new L2fibAddDel(mac, bdId, swIfIndex, false, false, false, false);
    }

    @Test
    void entriesAreDumpedPerBridgeDomainOrAll() {
        call(add(MAC_1, 1, port, true));
        call(add(MAC_2, 2, other, false));
        final List<L2FibTableDetails> first = dump(new L2FibTableDump(1));
        assertEquals(1, first.size());
        assertArrayEquals(MAC_1, first.get(0).mac());
        assertEquals(1, first.get(0).bdId());
        assertEquals(port, first.get(0).swIfIndex());
        assertTrue(first.get(0).staticMac());
        assertFalse(first.get(0).bviMac());
        final List<L2FibTableDetails> all = dump(new L2FibTableDump(NONE));
        assertEquals(2, all.size());
        assertFalse(all.get(1).staticMac());
        assertEquals(List.of(), dump(new L2FibTableDump(3)));
    }

    @Test
    void anEntryMayPointAtAPortOfAnotherBridgeDomainButNotAtAnL3Interface() {
        // VPP checks only that the interface is in bridge mode
        assertEquals(0, retval(add(MAC_1, 1, other, true)));
        final int l3 = loopback("de:ad:00:00:00:0c");
        assertEquals(-2, retval(add(MAC_2, 1, l3, true)));
        assertEquals(-2, retval(add(MAC_2, 1, 99, true)));
        assertEquals(-6, retval(add(MAC_2, 5, port, true)));
    }

    @Test
    void aFilterEntryHasNoInterface() {
        call(new L2fibAddDel(MAC_1, 1, 12345, true, false, true, false));
        final L2FibTableDetails filter = dump(new L2FibTableDump(1)).get(0);
        assertEquals(NONE, filter.swIfIndex());
        assertTrue(filter.filterMac());
        assertTrue(filter.staticMac());
    }

    @Test
    void addingAgainOverwrites() {
        call(add(MAC_1, 1, port, false));
        call(add(MAC_1, 1, other, true));
        final List<L2FibTableDetails> entries = dump(new L2FibTableDump(1));
        assertEquals(1, entries.size());
        assertEquals(other, entries.get(0).swIfIndex());
    }

    @Test
    void deleteChecksTheInterfaceUnlessItIsZero() {
        call(add(MAC_1, 1, port, true));
        call(add(MAC_2, 1, port, true));
        assertEquals(-6, retval(delete(MAC_1, 1, other)));
        assertEquals(0, retval(delete(MAC_1, 1, port)));
        assertEquals(0, retval(delete(MAC_2, 1, 0)));
        assertEquals(-6, retval(delete(MAC_2, 1, 0)));
        assertEquals(-6, retval(delete(MAC_2, 9, 0)));
        assertEquals(List.of(), dump(new L2FibTableDump(NONE)));
    }

    @Test
    void staticEntriesOutliveTheirInterfaceAndBridgeDomainAsInVpp() {
        call(add(MAC_1, 1, port, true));
        call(new DeleteLoopback(port));
        call(BridgeDomainTest.delete(1));
        final List<L2FibTableDetails> entries = dump(new L2FibTableDump(NONE));
        assertEquals(1, entries.size());
        assertEquals(NONE, entries.get(0).bdId());
        assertEquals(port, entries.get(0).swIfIndex());
    }
}
