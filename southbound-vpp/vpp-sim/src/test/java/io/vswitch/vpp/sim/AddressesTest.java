package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.message.interfaces.CreateSubif;
import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.IpAddressDetails;
import io.vswitch.vpp.api.message.interfaces.IpAddressDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddDelAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddressReplaceBegin;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddressReplaceEnd;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressesTest extends SimulatorTestSupport {
    private int add(final int swIfIndex, final String prefix) {
        return client.call(new SwInterfaceAddDelAddress(swIfIndex, true, false, prefix(prefix))).retval();
    }

    private int delete(final int swIfIndex, final String prefix) {
        return client.call(new SwInterfaceAddDelAddress(swIfIndex, false, false, prefix(prefix))).retval();
    }

    private List<String> addresses(final int swIfIndex, final boolean ip6) {
        return dump(new IpAddressDump(swIfIndex, ip6)).stream().map(IpAddressDetails::prefix)
            .map(SimulatorTestSupport::text).toList();
    }

    @Test
    void addressesAreAddedListedAndDeleted() {
        final int loop0 = loopback();
        assertEquals(0, add(loop0, "10.0.0.1/24"));
        assertEquals(0, add(loop0, "10.0.0.2/24"));
        assertEquals(0, add(loop0, "2001:db8::1/64"));
        assertEquals(List.of("10.0.0.1/24", "10.0.0.2/24"), addresses(loop0, false));
        assertEquals(List.of("2001:db8:0:0:0:0:0:1/64"), addresses(loop0, true));
        assertEquals(0, delete(loop0, "10.0.0.1/24"));
        assertEquals(List.of("10.0.0.2/24"), addresses(loop0, false));
        assertEquals(List.of(), addresses(77, false));
    }

    @Test
    void conflictsGetVppsErrors() {
        final int loop0 = loopback();
        final int loop1 = loopback();
        assertEquals(0, add(loop0, "10.0.0.1/24"));
        assertEquals(-105, add(loop0, "10.0.0.1/24"), "duplicate IPv4");
        assertEquals(-105, add(loop1, "10.0.0.9/24"), "overlapping IPv4 on another interface");
        assertEquals(-105, add(loop0, "10.0.0.5/16"), "same interface, other length");
        assertEquals(0, add(loop0, "2001:db8::1/64"));
        assertEquals(-127, add(loop1, "2001:db8::2/64"), "overlapping IPv6");
        assertEquals(-60, delete(loop1, "10.0.0.1/24"), "not on this interface");
        assertEquals(-60, delete(loop0, "10.9.9.9/24"));
        assertEquals(-2, add(99, "10.0.0.1/24"));
        assertEquals(-126, add(0, "10.2.0.1/24"), "local0");
    }

    @Test
    void tablesSeparateConflicts() {
        final int loop0 = loopback();
        final int loop1 = loopback();
        sim.modify(state -> state.ipTables().add(false, 5, ""));
        assertEquals(0, client.call(new SwInterfaceSetTable(loop1, false, 5)).retval());
        assertEquals(0, add(loop0, "10.0.0.1/24"));
        assertEquals(0, add(loop1, "10.0.0.1/24"));
    }

    @Test
    void subInterfacesNeedExactMatch() {
        final int loop0 = loopback();
        final int inexact = client.call(new CreateSubif(loop0, 1, 2, 1, 0)).swIfIndex();
        final int exact = client.call(new CreateSubif(loop0, 2, 2 | 16, 2, 0)).swIfIndex();
        assertEquals(-126, add(inexact, "10.1.0.1/24"));
        assertEquals(0, add(exact, "10.2.0.1/24"));
    }

    @Test
    void delAllClearsEveryFamily() {
        final int loop0 = loopback();
        add(loop0, "10.0.0.1/24");
        add(loop0, "2001:db8::1/64");
        assertEquals(0, client.call(new SwInterfaceAddDelAddress(loop0, false, true, prefix("0.0.0.0/0"))).retval());
        assertEquals(List.of(), addresses(loop0, false));
        assertEquals(List.of(), addresses(loop0, true));
    }

    @Test
    void replaceSweepsWhatWasNotReadded() {
        final int loop0 = loopback();
        final int loop1 = loopback();
        add(loop0, "10.0.0.1/24");
        add(loop0, "10.0.1.1/24");
        add(loop1, "10.0.2.1/24");
        assertEquals(0, client.call(new SwInterfaceAddressReplaceBegin()).retval());
        assertEquals(0, add(loop0, "10.0.0.1/24"), "re-adding a stale address refreshes it");
        assertEquals(0, add(loop0, "10.0.2.1/24"), "a stale address moves to the interface that re-adds it");
        assertEquals(0, client.call(new SwInterfaceAddressReplaceEnd()).retval());
        assertEquals(List.of("10.0.0.1/24", "10.0.2.1/24"), addresses(loop0, false));
        assertEquals(List.of(), addresses(loop1, false));
    }

    @Test
    void deletingAnInterfaceRemovesItsAddresses() {
        final int loop0 = loopback();
        add(loop0, "10.0.0.1/24");
        client.call(new DeleteLoopback(loop0));
        final int loop1 = loopback();
        assertEquals(0, add(loop1, "10.0.0.1/24"));
    }
}
