package io.vswitch.vpp.sim.area.l2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.l2.BridgeDomainDump;
import io.vswitch.vpp.api.message.l2.L2XconnectDetails;
import io.vswitch.vpp.api.message.l2.L2XconnectDump;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Bridge;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Xconnect;
import io.vswitch.vpp.sim.area.SimApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code sw_interface_set_l2_xconnect} and {@code l2_xconnect_dump}: one direction per call, errors, leaving a
 * bridge domain, and deletion (which takes the peer back to L3 too, as VPP does).
 */
class XconnectTest extends SimApiTestSupport {
    private List<String> pairs() {
        return dump(new L2XconnectDump()).stream()
            .map(pair -> pair.rxSwIfIndex() + "->" + pair.txSwIfIndex()).toList();
    }

    @Test
    void eachDirectionIsItsOwnCrossConnect() {
        final int a = loopback("de:ad:00:00:00:0a");
        final int b = loopback("de:ad:00:00:00:0b");
        call(new SwInterfaceSetL2Xconnect(a, b, true));
        assertEquals(List.of(a + "->" + b), pairs());
        call(new SwInterfaceSetL2Xconnect(b, a, true));
        assertEquals(List.of(a + "->" + b, b + "->" + a), pairs());
        call(new SwInterfaceSetL2Xconnect(a, 0, false));
        assertEquals(List.of(b + "->" + a), pairs());
        assertEquals(List.of(new L2XconnectDetails(b, a)), dump(new L2XconnectDump()));
    }

    @Test
    void errorsAsVpp() {
        final int a = loopback("de:ad:00:00:00:0a");
        assertEquals(-2, retval(new SwInterfaceSetL2Xconnect(77, a, true)));
        assertEquals(-2, retval(new SwInterfaceSetL2Xconnect(a, 77, true)));
        // disabling does not look at the output interface
        assertEquals(0, retval(new SwInterfaceSetL2Xconnect(a, 77, false)));
        assertEquals(List.of(), pairs());
    }

    @Test
    void crossConnectingABridgePortTakesItOutOfTheBridgeDomain() {
        final int a = loopback("de:ad:00:00:00:0a");
        final int b = loopback("de:ad:00:00:00:0b");
        call(new SwInterfaceSetL2Bridge(a, 4, 0, 0, true));
        call(new SwInterfaceSetL2Xconnect(a, b, true));
        assertEquals(0, dump(new BridgeDomainDump(4, NONE)).get(0).nSwIfs());
        call(new SwInterfaceSetL2Bridge(a, 4, 0, 0, true));
        assertEquals(List.of(), pairs());
        assertEquals(1, dump(new BridgeDomainDump(4, NONE)).get(0).nSwIfs());
    }

    @Test
    void deletingACrossConnectedInterfaceTakesItsPeerBackToL3() {
        final int a = loopback("de:ad:00:00:00:0a");
        final int b = loopback("de:ad:00:00:00:0b");
        final int c = loopback("de:ad:00:00:00:0c");
        call(new SwInterfaceSetL2Xconnect(a, b, true));
        call(new SwInterfaceSetL2Xconnect(b, a, true));
        call(new SwInterfaceSetL2Xconnect(c, b, true));
        call(new DeleteLoopback(a));
        // b (a's output) went back to L3 with it; c still points at b
        assertEquals(List.of(c + "->" + b), pairs());
    }

    @Test
    void deletingACrossConnectedInterfaceTakesItsBridgedPeerOutOfItsBridgeDomain() {
        final int a = loopback("de:ad:00:00:00:0a");
        final int b = loopback("de:ad:00:00:00:0b");
        call(new SwInterfaceSetL2Bridge(b, 9, 0, 0, true));
        call(new SwInterfaceSetL2Xconnect(a, b, true));
        call(new DeleteLoopback(a));
        assertEquals(0, dump(new BridgeDomainDump(9, NONE)).get(0).nSwIfs());
        assertEquals(List.of(), pairs());
    }
}
