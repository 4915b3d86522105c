package io.vswitch.vpp.sim.area.l2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.message.l2.BdIpMac;
import io.vswitch.vpp.api.message.l2.BdIpMacAddDel;
import io.vswitch.vpp.api.message.l2.BdIpMacDetails;
import io.vswitch.vpp.api.message.l2.BdIpMacDump;
import io.vswitch.vpp.sim.area.SimApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bd_ip_mac_add_del} and {@code bd_ip_mac_dump}: the ARP termination table.
 */
class ArpTermTest extends SimApiTestSupport {
    private static BdIpMacAddDel entry(final boolean add, final int bdId, final String ip, final String mac) {
        return new BdIpMacAddDel(add, new BdIpMac(bdId, address(ip), mac(mac)));
    }

    private List<String> entries(final int bdId) {
        return dump(new BdIpMacDump(bdId)).stream().map(BdIpMacDetails::entry)
            .map(entry -> entry.bdId() + " " + text(entry.ip()) + " "
                + java.util.HexFormat.ofDelimiter(":").formatHex(entry.mac()))
            .toList();
    }

    @Test
    void entriesAreDumpedIpv4First() {
        call(BridgeDomainTest.add(1));
        call(BridgeDomainTest.add(2));
        call(entry(true, 1, "2001:db8::1", "02:00:00:00:00:06"));
        call(entry(true, 1, "10.0.0.1", "02:00:00:00:00:01"));
        call(entry(true, 2, "10.0.0.2", "02:00:00:00:00:02"));
        assertEquals(List.of("1 10.0.0.1 02:00:00:00:00:01", "1 2001:db8:0:0:0:0:0:1 02:00:00:00:00:06"),
            entries(1));
        assertEquals(3, entries(NONE).size());
        assertEquals(List.of(), entries(3));
        final BdIpMacDetails one = dump(new BdIpMacDump(2)).get(0);
        assertArrayEquals(mac("02:00:00:00:00:02"), one.entry().mac());
    }

    @Test
    void addingAgainReplacesTheMacAndDeletingNeedsTheSameMac() {
        call(BridgeDomainTest.add(1));
        call(entry(true, 1, "10.0.0.1", "02:00:00:00:00:01"));
        call(entry(true, 1, "10.0.0.1", "02:00:00:00:00:09"));
        assertEquals(List.of("1 10.0.0.1 02:00:00:00:00:09"), entries(1));
        assertEquals(-1, retval(entry(false, 1, "10.0.0.1", "02:00:00:00:00:01")));
        assertEquals(0, retval(entry(false, 1, "10.0.0.1", "02:00:00:00:00:09")));
        assertEquals(-1, retval(entry(false, 1, "10.0.0.1", "02:00:00:00:00:09")));
        assertEquals(List.of(), entries(1));
    }

    @Test
    void errorsAsVpp() {
        assertEquals(-121, retval(entry(true, 0, "10.0.0.1", "02:00:00:00:00:01")));
        assertEquals(-6, retval(entry(true, 4, "10.0.0.1", "02:00:00:00:00:01")));
    }
}
