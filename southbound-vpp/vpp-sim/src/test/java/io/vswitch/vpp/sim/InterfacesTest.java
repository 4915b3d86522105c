package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.CreateLoopbackReply;
import io.vswitch.vpp.api.message.interfaces.CreateSubif;
import io.vswitch.vpp.api.message.interfaces.CreateSubifReply;
import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.DeleteSubif;
import io.vswitch.vpp.api.message.interfaces.IpUnnumberedDetails;
import io.vswitch.vpp.api.message.interfaces.IpUnnumberedDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddDelAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceGetTable;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceGetTableReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMacAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMtu;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetRxMode;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTable;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetUnnumbered;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceTagAddDel;
import io.vswitch.vpp.sim.state.MacAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterfacesTest extends SimulatorTestSupport {
    private static final byte[] NO_MAC = new byte[6];

    @Test
    void local0AlwaysExists() {
        final SwInterfaceDetails local0 = details(0);
        assertEquals("local0", local0.interfaceName());
        assertEquals("local", local0.interfaceDevType());
        assertEquals(0, local0.flags());
        assertArrayEquals(new int[] {0, 0, 0, 0}, local0.mtu());
    }

    @Test
    void loopbacksAreNamedAndAddressedLikeVpp() {
        final int loop0 = loopback();
        final int loop1 = loopback();
        assertEquals(1, loop0);
        assertEquals(2, loop1);
        final SwInterfaceDetails first = details(loop0);
        assertEquals("loop0", first.interfaceName());
        assertEquals("Loopback", first.interfaceDevType());
        assertEquals("de:ad:00:00:00:00", MacAddress.of(first.l2Address()).toString());
        assertEquals("de:ad:00:00:00:01", MacAddress.of(details(loop1).l2Address()).toString());
        assertEquals(9000, first.linkMtu());
        assertArrayEquals(new int[] {9000, 0, 0, 0}, first.mtu());
        assertEquals(0, first.type());
        assertEquals(loop0, first.supSwIfIndex());

        final byte[] mac = {2, 0, 0, 0, 0, 7};
        final CreateLoopbackReply custom = client.call(new CreateLoopback(mac));
        assertArrayEquals(mac, details(custom.swIfIndex()).l2Address());
    }

    @Test
    void deletedIndexesAreNotReusedButInstancesAre() {
        final int loop0 = loopback();
        assertEquals(0, client.call(new DeleteLoopback(loop0)).retval());
        final int again = loopback();
        assertEquals(loop0 + 1, again);
        assertEquals("loop0", details(again).interfaceName());
        assertEquals(List.of("local0", "loop0"), interfaceNames());
    }

    @Test
    void deleteLoopbackChecksTheInterface() {
        assertEquals(-2, client.call(new DeleteLoopback(77)).retval());
        assertEquals(-2, client.call(new DeleteLoopback(0)).retval());
    }

    @Test
    void adminStateDrivesTheLoopbackLink() {
        final int loop0 = loopback();
        assertEquals(0, details(loop0).flags());
        assertEquals(0, client.call(new SwInterfaceSetFlags(loop0, 1)).retval());
        assertEquals(3, details(loop0).flags());
        assertEquals(0, client.call(new SwInterfaceSetFlags(loop0, 0)).retval());
        assertEquals(0, details(loop0).flags());
        assertEquals(-2, client.call(new SwInterfaceSetFlags(99, 1)).retval());
    }

    @Test
    void mtuIsSetPerProtocol() {
        final int loop0 = loopback();
        assertEquals(0, client.call(new SwInterfaceSetMtu(loop0, new int[] {1500, 1400, 0, 0})).retval());
        final SwInterfaceDetails details = details(loop0);
        assertArrayEquals(new int[] {1500, 1400, 0, 0}, details.mtu());
        assertEquals(9000, details.linkMtu());
        assertEquals(-2, client.call(new SwInterfaceSetMtu(42, new int[] {1500, 0, 0, 0})).retval());
    }

    @Test
    void tagsAreAddedAndRemoved() {
        final int loop0 = loopback();
        assertEquals(0, client.call(new SwInterfaceTagAddDel(true, loop0, "uplink")).retval());
        assertEquals("uplink", details(loop0).tag());
        assertEquals(-7, client.call(new SwInterfaceTagAddDel(true, loop0, "")).retval());
        assertEquals(0, client.call(new SwInterfaceTagAddDel(false, loop0, "")).retval());
        assertEquals("", details(loop0).tag());
        assertEquals(-2, client.call(new SwInterfaceTagAddDel(true, 55, "x")).retval());
    }

    @Test
    void macAddressesBelongToTheHardware() {
        final int loop0 = loopback();
        final int sub = client.call(new CreateSubif(loop0, 10, 16 | 2, 10, 0)).swIfIndex();
        final byte[] mac = {2, 1, 2, 3, 4, 5};
        assertEquals(0, client.call(new SwInterfaceSetMacAddress(sub, mac)).retval());
        assertArrayEquals(mac, details(loop0).l2Address());
        assertEquals(-9, client.call(new SwInterfaceSetMacAddress(0, mac)).retval());
    }

    @Test
    void rxModeNeedsQueues() {
        final int loop0 = loopback();
        assertEquals(-9, client.call(new SwInterfaceSetRxMode(loop0, false, 0, 2)).retval());
        final int sub = client.call(new CreateSubif(loop0, 10, 16 | 2, 10, 0)).swIfIndex();
        assertEquals(-7, client.call(new SwInterfaceSetRxMode(sub, false, 0, 2)).retval());
        assertEquals(-2, client.call(new SwInterfaceSetRxMode(99, false, 0, 2)).retval());
    }

    @Test
    void tablesMustExistAndInterfacesMustHaveNoAddresses() {
        final int loop0 = loopback();
        assertEquals(-3, client.call(new SwInterfaceSetTable(loop0, false, 10)).retval());
        sim.modify(state -> state.ipTables().add(false, 10, ""));
        assertEquals(0, client.call(new SwInterfaceSetTable(loop0, false, 10)).retval());
        assertEquals(new SwInterfaceGetTableReply(0, 10), client.call(new SwInterfaceGetTable(loop0, false)));
        assertEquals(new SwInterfaceGetTableReply(0, 0), client.call(new SwInterfaceGetTable(loop0, true)));
        assertEquals(-3, client.call(new SwInterfaceSetTable(loop0, true, 10)).retval());
        assertEquals(0, client.call(new SwInterfaceAddDelAddress(loop0, true, false, prefix("10.1.0.1/24")))
            .retval());
        assertEquals(-114, client.call(new SwInterfaceSetTable(loop0, false, 0)).retval());
        assertEquals(0, client.call(new SwInterfaceSetTable(loop0, true, 0)).retval());
        assertEquals(-2, client.call(new SwInterfaceGetTable(99, false)).retval());
        assertEquals(-2, client.call(new SwInterfaceSetTable(99, false, 0)).retval());
    }

    @Test
    void unnumberedBorrowsWithinOneTable() {
        final int loop0 = loopback();
        final int loop1 = loopback();
        assertEquals(0, client.call(new SwInterfaceSetUnnumbered(loop0, loop1, true)).retval());
        assertEquals(loop0, (int) sim.inspect(state -> state.interfaces().require(loop1).unnumberedOf()));
        assertEquals(List.of(new IpUnnumberedDetails(loop1, loop0)), dump(new IpUnnumberedDump(ALL)));
        assertEquals(List.of(new IpUnnumberedDetails(loop1, loop0)), dump(new IpUnnumberedDump(loop1)));
        assertEquals(List.of(), dump(new IpUnnumberedDump(loop0)), "the lender is not unnumbered");
        assertEquals(0, client.call(new SwInterfaceSetUnnumbered(loop0, loop1, false)).retval());
        assertEquals(List.of(), dump(new IpUnnumberedDump(ALL)));
        assertEquals(-1, (int) sim.inspect(state -> state.interfaces().require(loop1).unnumberedOf()));
        assertEquals(-2, client.call(new SwInterfaceSetUnnumbered(loop0, 99, true)).retval());
        assertEquals(-10, client.call(new SwInterfaceSetUnnumbered(99, loop1, true)).retval());
        sim.modify(state -> state.ipTables().add(false, 7, ""));
        assertEquals(0, client.call(new SwInterfaceSetTable(loop1, false, 7)).retval());
        assertEquals(-74, client.call(new SwInterfaceSetUnnumbered(loop0, loop1, true)).retval());
    }

    @Test
    void subInterfacesAreNamedAfterTheirParent() {
        final int loop0 = loopback();
        final CreateSubifReply reply = client.call(new CreateSubif(loop0, 100, 16 | 2, 100, 0));
        assertEquals(0, reply.retval());
        final SwInterfaceDetails sub = details(reply.swIfIndex());
        assertEquals("loop0.100", sub.interfaceName());
        assertEquals(1, sub.type());
        assertEquals(loop0, sub.supSwIfIndex());
        assertEquals(100, sub.subId());
        assertEquals(1, sub.subNumberOfTags());
        assertEquals(100, sub.subOuterVlanId());
        assertEquals(18, sub.subIfFlags());
        assertEquals("Loopback", sub.interfaceDevType());
        assertArrayEquals(NO_MAC, sub.l2Address());

        assertEquals(-56, client.call(new CreateSubif(loop0, 100, 16 | 2, 200, 0)).retval());
        assertEquals(-2, client.call(new CreateSubif(99, 1, 0, 0, 0)).retval());
        assertEquals(-98, client.call(new DeleteSubif(loop0)).retval());
        assertEquals(-2, client.call(new DeleteSubif(99)).retval());
        assertEquals(0, client.call(new DeleteSubif(reply.swIfIndex())).retval());
        assertEquals(List.of("local0", "loop0"), interfaceNames());
    }

    @Test
    void subInterfaceLinkIsTheParents() {
        final int loop0 = loopback();
        final int sub = client.call(new CreateSubif(loop0, 5, 16 | 2, 5, 0)).swIfIndex();
        client.call(new SwInterfaceSetFlags(sub, 1));
        assertEquals(1, details(sub).flags());
        client.call(new SwInterfaceSetFlags(loop0, 1));
        assertEquals(3, details(sub).flags());
    }

    @Test
    void deletingAParentDeletesItsSubInterfaces() {
        final int loop0 = loopback();
        client.call(new CreateSubif(loop0, 1, 16 | 2, 1, 0));
        client.call(new CreateSubif(loop0, 2, 16 | 2, 2, 0));
        assertEquals(List.of("local0", "loop0", "loop0.1", "loop0.2"), interfaceNames());
        assertEquals(0, client.call(new DeleteLoopback(loop0)).retval());
        assertEquals(List.of("local0"), interfaceNames());
    }

    @Test
    void dumpSelectsByIndexOrName() {
        loopback();
        loopback();
        assertEquals(List.of("loop1"), dump(new SwInterfaceDump(2, false, "")).stream()
            .map(SwInterfaceDetails::interfaceName).toList());
        assertEquals(3, dump(new SwInterfaceDump(0, false, "")).size(), "index 0 means all");
        assertEquals(List.of(), dump(new SwInterfaceDump(77, false, "")));
        assertEquals(List.of("loop0", "loop1"), dump(new SwInterfaceDump(ALL, true, "LOOP")).stream()
            .map(SwInterfaceDetails::interfaceName).toList());
        assertTrue(dump(new SwInterfaceDump(ALL, true, "nothing")).isEmpty());
    }
}
