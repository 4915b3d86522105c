package io.vswitch.vpp.sim.area.l2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMacAddress;
import io.vswitch.vpp.api.message.l2.BridgeDomainDetails;
import io.vswitch.vpp.api.message.l2.BridgeDomainDump;
import io.vswitch.vpp.api.message.l2.BridgeDomainSwIf;
import io.vswitch.vpp.api.message.l2.L2FibTableDetails;
import io.vswitch.vpp.api.message.l2.L2FibTableDump;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Bridge;
import io.vswitch.vpp.sim.area.SimApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code sw_interface_set_l2_bridge}: members, BVI, UU-forward ports, moving between bridge domains, errors, and
 * the clean-up when an interface is deleted.
 */
class BridgePortTest extends SimApiTestSupport {
    private static final int NORMAL = 0;
    private static final int BVI = 1;
    private static final int UU_FWD = 2;

    private BridgeDomainDetails bd(final int bdId) {
        final List<BridgeDomainDetails> found = dump(new BridgeDomainDump(bdId, NONE));
        assertEquals(1, found.size(), () -> "bridge domain " + bdId + ": " + found);
        return found.get(0);
    }

    private static List<Integer> members(final BridgeDomainDetails bd) {
        return bd.swIfDetails().stream().map(BridgeDomainSwIf::swIfIndex).toList();
    }

    private void join(final int swIfIndex, final int bdId, final int portType, final int shg) {
        call(new SwInterfaceSetL2Bridge(swIfIndex, bdId, portType, shg, true));
    }

    @Test
    void membersAreDumpedWithTheirSplitHorizonGroup() {
        call(BridgeDomainTest.add(1));
        final int a = loopback("de:ad:00:00:00:0a");
        final int b = loopback("de:ad:00:00:00:0b");
        join(a, 1, NORMAL, 0);
        join(b, 1, NORMAL, 2);
        final BridgeDomainDetails bd = bd(1);
        assertEquals(2, bd.nSwIfs());
        assertEquals(List.of(a, b), members(bd));
        assertEquals(List.of(0, 2), bd.swIfDetails().stream().map(BridgeDomainSwIf::shg).toList());
    }

    @Test
    void bridgingIntoAMissingBridgeDomainCreatesItWithVppDefaults() {
        final int a = loopback("de:ad:00:00:00:0a");
        join(a, 42, NORMAL, 0);
        final BridgeDomainDetails bd = bd(42);
        assertEquals(List.of(a), members(bd));
        assertTrue(bd.flood());
        assertTrue(bd.uuFlood());
        assertTrue(bd.forward());
        assertTrue(bd.learn());
        assertFalse(bd.arpTerm());
        assertEquals(0, bd.macAge());
    }

    @Test
    void movingToAnotherBridgeDomainLeavesTheFirst() {
        final int a = loopback("de:ad:00:00:00:0a");
        join(a, 1, NORMAL, 0);
        join(a, 2, NORMAL, 0);
        assertEquals(List.of(), members(bd(1)));
        assertEquals(List.of(a), members(bd(2)));
        call(new SwInterfaceSetL2Bridge(a, 0, NORMAL, 0, false));
        assertEquals(List.of(), members(bd(2)));
        assertEquals(0, retval(BridgeDomainTest.delete(2)));
    }

    @Test
    void aBviComesFirstAndHasItsMacInTheL2Fib() {
        final int a = loopback("de:ad:00:00:00:0a");
        final int bvi = loopback("de:ad:00:00:00:ff");
        join(a, 3, NORMAL, 0);
        join(bvi, 3, BVI, 0);
        final BridgeDomainDetails bd = bd(3);
        assertEquals(bvi, bd.bviSwIfIndex());
        assertEquals(List.of(bvi, a), members(bd));
        final List<L2FibTableDetails> fib = dump(new L2FibTableDump(3));
        assertEquals(1, fib.size());
        assertArrayEquals(mac("de:ad:00:00:00:ff"), fib.get(0).mac());
        assertEquals(bvi, fib.get(0).swIfIndex());
        assertTrue(fib.get(0).staticMac());
        assertTrue(fib.get(0).bviMac());
        assertFalse(fib.get(0).filterMac());
        assertEquals(3, fib.get(0).bdId());

        // the entry follows the BVI's MAC
        call(new SwInterfaceSetMacAddress(bvi, mac("de:ad:00:00:01:ff")));
        assertArrayEquals(mac("de:ad:00:00:01:ff"), dump(new L2FibTableDump(3)).get(0).mac());

        // leaving removes the BVI and its entry
        call(new SwInterfaceSetL2Bridge(bvi, 3, BVI, 0, false));
        assertEquals(NONE, bd(3).bviSwIfIndex());
        assertEquals(List.of(), dump(new L2FibTableDump(3)));
    }

    @Test
    void aSecondBviIsRefusedAndTheInterfaceHasLeftItsOldBridgeDomain() {
        final int first = loopback("de:ad:00:00:00:01");
        final int second = loopback("de:ad:00:00:00:02");
        join(first, 5, BVI, 0);
        join(second, 6, NORMAL, 0);
        assertEquals(-152, retval(new SwInterfaceSetL2Bridge(second, 5, BVI, 0, true)));
        assertEquals(List.of(first), members(bd(5)));
        assertEquals(first, bd(5).bviSwIfIndex());
        // as in VPP the failed port was already taken out of bridge domain 6
        assertEquals(List.of(), members(bd(6)));
    }

    @Test
    void anUnknownUnicastForwardPortIsNoMember() {
        final int a = loopback("de:ad:00:00:00:0a");
        join(a, 7, UU_FWD, 0);
        final BridgeDomainDetails bd = bd(7);
        assertEquals(a, bd.uuFwdSwIfIndex());
        assertEquals(List.of(), members(bd));
        call(new SwInterfaceSetL2Bridge(a, 7, UU_FWD, 0, false));
        assertEquals(NONE, bd(7).uuFwdSwIfIndex());
    }

    @Test
    void errorsAsVpp() {
        final int a = loopback("de:ad:00:00:00:0a");
        assertEquals(-2, retval(new SwInterfaceSetL2Bridge(99, 1, NORMAL, 0, true)));
        assertEquals(-2, retval(new SwInterfaceSetL2Bridge(99, 1, NORMAL, 0, false)));
        assertEquals(-7, retval(new SwInterfaceSetL2Bridge(a, 1, 3, 0, true)));
        assertEquals(-122, retval(new SwInterfaceSetL2Bridge(a, BridgeDomainTest.MAX_BD_ID + 1, NORMAL, 0, true)));
        // leaving a bridge domain one is not in is fine
        assertEquals(0, retval(new SwInterfaceSetL2Bridge(a, 1, NORMAL, 0, false)));
    }

    @Test
    void deletingAnInterfaceTakesItOutOfItsBridgeDomain() {
        final int a = loopback("de:ad:00:00:00:0a");
        final int bvi = loopback("de:ad:00:00:00:ff");
        join(a, 8, NORMAL, 0);
        join(bvi, 8, BVI, 0);
        call(new DeleteLoopback(bvi));
        assertEquals(NONE, bd(8).bviSwIfIndex());
        assertEquals(List.of(a), members(bd(8)));
        assertEquals(List.of(), dump(new L2FibTableDump(8)));
        call(new DeleteLoopback(a));
        assertEquals(List.of(), members(bd(8)));
        assertEquals(0, retval(BridgeDomainTest.delete(8)));
    }
}
