package io.vswitch.vpp.sim.area.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTable;
import io.vswitch.vpp.api.message.l3.IpTableDetails;
import io.vswitch.vpp.api.message.l3.IpTableDump;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ip_table_add_del} and {@code ip_table_dump}, and the table's life with interfaces bound to it.
 */
class IpTableTest extends L3TestSupport {
    private List<String> tables() {
        return dump(new IpTableDump()).stream().map(IpTableDetails::table)
            .map(table -> (table.isIp6() ? "ip6 " : "ip4 ") + Integer.toUnsignedString(table.tableId()) + " "
                + table.name())
            .toList();
    }

    @Test
    void everyL3MessageHasAnIdInTheHandshakeTable() {
        assertTrue(vpp.compatibility().isAvailable("l3"), () -> vpp.compatibility().toString());
    }

    @Test
    void tablesAreDumpedIpv4FirstByCreation() {
        assertEquals(List.of("ip4 0 ipv4-VRF:0", "ip6 0 ipv6-VRF:0"), tables());
        call(table(true, false, 20, "blue"));
        call(table(true, false, 10, ""));
        call(table(true, true, 30, "v6-red"));
        assertEquals(List.of("ip4 0 ipv4-VRF:0", "ip4 20 blue", "ip4 10 ipv4-VRF:10", "ip6 0 ipv6-VRF:0",
            "ip6 30 v6-red"), tables());
    }

    @Test
    void addingAgainKeepsTheNameAndTableZeroIsUntouchable() {
        call(table(true, false, 10, "first"));
        assertEquals(0, retval(table(true, false, 10, "second")));
        assertTrue(tables().contains("ip4 10 first"));
        assertEquals(0, retval(table(true, false, 0, "renamed")));
        assertEquals(0, retval(table(false, false, 0, "")));
        assertEquals(0, retval(table(false, true, 0, "")));
        assertEquals(List.of("ip4 0 ipv4-VRF:0", "ip4 10 first", "ip6 0 ipv6-VRF:0"), tables());
    }

    @Test
    void deletingIsAlwaysSuccessful() {
        call(table(true, false, 10, ""));
        assertEquals(0, retval(table(false, false, 10, "")));
        assertEquals(0, retval(table(false, false, 10, "")));
        assertEquals(0, retval(table(false, true, 77, "")));
        assertEquals(List.of("ip4 0 ipv4-VRF:0", "ip6 0 ipv6-VRF:0"), tables());
    }

    @Test
    void interfacesCanBeBoundToCreatedTablesOnly() {
        final int loop = loopback("de:ad:00:00:00:01");
        assertEquals(-3, retval(new SwInterfaceSetTable(loop, false, 10)));
        call(table(true, false, 10, ""));
        assertEquals(0, retval(new SwInterfaceSetTable(loop, false, 10)));
        call(table(true, true, 11, ""));
        assertEquals(0, retval(new SwInterfaceSetTable(loop, true, 11)));
    }

    @Test
    void aTableDeletedWhileBoundLivesUntilItsLastInterfaceLeaves() {
        final int first = loopback("de:ad:00:00:00:01");
        final int second = loopback("de:ad:00:00:00:02");
        call(table(true, false, 10, "vrf10"));
        call(new SwInterfaceSetTable(first, false, 10));
        call(new SwInterfaceSetTable(second, false, 10));
        call(table(false, false, 10, ""));
        assertTrue(tables().contains("ip4 10 vrf10"), () -> tables().toString());
        call(new SwInterfaceSetTable(first, false, 0));
        assertTrue(tables().contains("ip4 10 vrf10"));
        call(new DeleteLoopback(second));
        assertEquals(List.of("ip4 0 ipv4-VRF:0", "ip6 0 ipv6-VRF:0"), tables());
    }

    @Test
    void aTableReAddedWhileBoundSurvivesItsInterfaces() {
        final int loop = loopback("de:ad:00:00:00:01");
        call(table(true, false, 10, "vrf10"));
        call(new SwInterfaceSetTable(loop, false, 10));
        call(table(false, false, 10, ""));
        call(table(true, false, 10, "other"));
        call(new SwInterfaceSetTable(loop, false, 0));
        assertTrue(tables().contains("ip4 10 vrf10"));
    }

    @Test
    void aDestroyedTableTakesItsRoutes() {
        call(table(true, false, 10, ""));
        call(route(true, false, 10, "10.1.0.0/16", path(NONE, "0.0.0.0", 0, 1, 0, TYPE_DROP)));
        assertTrue(dumped(10, "10.1.0.0/16").isPresent());
        call(table(false, false, 10, ""));
        assertEquals(List.of(), routes(false, 10));
        call(table(true, false, 10, ""));
        assertTrue(dumped(10, "10.1.0.0/16").isEmpty());
    }
}
