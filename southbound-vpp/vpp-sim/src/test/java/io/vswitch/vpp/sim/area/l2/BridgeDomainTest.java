package io.vswitch.vpp.sim.area.l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.l2.BridgeDomainAddDelV2;
import io.vswitch.vpp.api.message.l2.BridgeDomainAddDelV2Reply;
import io.vswitch.vpp.api.message.l2.BridgeDomainDetails;
import io.vswitch.vpp.api.message.l2.BridgeDomainDump;
import io.vswitch.vpp.api.message.l2.BridgeFlags;
import io.vswitch.vpp.api.message.l2.BridgeFlagsReply;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Bridge;
import io.vswitch.vpp.sim.area.SimApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bridge_domain_add_del_v2}, {@code bridge_flags} and {@code bridge_domain_dump} through the project's client.
 */
class BridgeDomainTest extends SimApiTestSupport {
    static final int MAX_BD_ID = (1 << 24) - 1;

    static BridgeDomainAddDelV2 add(final int bdId) {
        return new BridgeDomainAddDelV2(bdId, true, true, true, true, false, false, 0, "", true);
    }

    static BridgeDomainAddDelV2 delete(final int bdId) {
        return new BridgeDomainAddDelV2(bdId, false, false, false, false, false, false, 0, "", false);
    }

    private BridgeDomainDetails only(final int bdId) {
        final List<BridgeDomainDetails> found = dump(new BridgeDomainDump(bdId, NONE));
        assertEquals(1, found.size(), () -> "bridge domain " + bdId + ": " + found);
        return found.get(0);
    }

    @Test
    void everyL2MessageHasAnIdInTheHandshakeTable() {
        assertTrue(vpp.compatibility().isAvailable("l2"), () -> vpp.compatibility().toString());
    }

    @Test
    void addedBridgeDomainIsDumpedWithItsSettings() {
        final BridgeDomainAddDelV2Reply reply = call(new BridgeDomainAddDelV2(10, false, true, true, false, true,
            true, 5, "tenant-a", true));
        assertEquals(10, reply.bdId());
        final BridgeDomainDetails bd = only(10);
        assertFalse(bd.flood());
        assertTrue(bd.uuFlood());
        assertTrue(bd.forward());
        assertFalse(bd.learn());
        assertTrue(bd.arpTerm());
        assertTrue(bd.arpUfwd());
        assertEquals(5, bd.macAge());
        assertEquals("tenant-a", bd.bdTag());
        assertEquals(NONE, bd.bviSwIfIndex());
        assertEquals(NONE, bd.uuFwdSwIfIndex());
        assertEquals(0, bd.nSwIfs());
        assertEquals(List.of(), bd.swIfDetails());
    }

    @Test
    void anUnsetIdIsAllocatedAndReturned() {
        final int first = call(add(NONE)).bdId();
        final int second = call(add(NONE)).bdId();
        assertTrue(first >= 1 && first <= MAX_BD_ID, () -> "allocated " + first);
        assertTrue(second >= 1 && second <= MAX_BD_ID && second != first, () -> "allocated " + second);
        assertEquals(first, only(first).bdId());
        assertEquals(second, only(second).bdId());
    }

    @Test
    void addErrorsCarryTheRequestedId() {
        call(add(7));
        final BridgeDomainAddDelV2Reply again = reply(add(7));
        assertEquals(-119, again.retval());
        assertEquals(7, again.bdId());
        // bridge domain 0 is VPP's placeholder: it exists
        assertEquals(-119, retval(add(0)));
        final BridgeDomainAddDelV2Reply tooBig = reply(add(MAX_BD_ID + 1));
        assertEquals(-122, tooBig.retval());
        assertEquals(MAX_BD_ID + 1, tooBig.bdId());
        assertEquals(0, retval(add(MAX_BD_ID)));
    }

    @Test
    void deleteErrorsAsVpp() {
        assertEquals(-6, retval(delete(3)));
        assertEquals(-121, retval(delete(0)));
        assertEquals(-6, retval(delete(NONE)));
        call(add(3));
        final int loop = loopback("de:ad:00:00:00:01");
        call(new SwInterfaceSetL2Bridge(loop, 3, 0, 0, true));
        assertEquals(-120, retval(delete(3)));
        call(new SwInterfaceSetL2Bridge(loop, 3, 0, 0, false));
        assertEquals(0, retval(delete(3)));
        assertEquals(List.of(), dump(new BridgeDomainDump(3, NONE)));
    }

    @Test
    void bridgeFlagsSetAndClearAndReturnTheFeatureBitmap() {
        call(add(4));
        // learn, fwd, flood, uu-flood on; arp-term and arp-ufwd off; UU_FWD never set: VPP's feature bits
        final int base = ~((1 << 3) | (1 << 4) | (1 << 6));
        final BridgeFlagsReply learnOff = call(new BridgeFlags(4, false, 1));
        assertEquals(base & ~(1 << 9), learnOff.resultingFeatureBitmap());
        assertFalse(only(4).learn());
        final BridgeFlagsReply arpOn = call(new BridgeFlags(4, true, 16 | 32));
        assertEquals(base & ~(1 << 9) | 1 << 3 | 1 << 4, arpOn.resultingFeatureBitmap());
        assertTrue(only(4).arpTerm());
        assertTrue(only(4).arpUfwd());
        final BridgeFlagsReply floodsOff = call(new BridgeFlags(4, false, 4 | 8 | 2));
        final BridgeDomainDetails bd = only(4);
        assertFalse(bd.flood());
        assertFalse(bd.uuFlood());
        assertFalse(bd.forward());
        assertEquals(0, floodsOff.resultingFeatureBitmap() & (1 << 2 | 1 << 5 | 1 << 7));
    }

    @Test
    void bridgeFlagsErrors() {
        final BridgeFlagsReply zero = reply(new BridgeFlags(0, true, 1));
        assertEquals(-121, zero.retval());
        assertEquals(0, zero.resultingFeatureBitmap());
        assertEquals(-6, retval(new BridgeFlags(99, true, 1)));
    }

    @Test
    void dumpSelectsAsVpp() {
        call(add(20));
        call(add(5));
        call(add(30));
        // by index: the order they were created in
        assertEquals(List.of(20, 5, 30), dump(new BridgeDomainDump(NONE, NONE)).stream()
            .map(BridgeDomainDetails::bdId).toList());
        assertEquals(List.of(), dump(new BridgeDomainDump(0, NONE)));
        assertEquals(List.of(), dump(new BridgeDomainDump(6, NONE)));
        // filtering by interface is unimplemented in VPP: nothing
        assertEquals(List.of(), dump(new BridgeDomainDump(NONE, 0)));
        call(delete(5));
        call(add(6));
        // the freed index is reused
        assertEquals(List.of(20, 6, 30), dump(new BridgeDomainDump(NONE, NONE)).stream()
            .map(BridgeDomainDetails::bdId).toList());
    }
}
