package io.vswitch.vpp.sim.area.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.l3.ProxyArp;
import io.vswitch.vpp.api.message.l3.ProxyArpAddDel;
import io.vswitch.vpp.api.message.l3.ProxyArpDetails;
import io.vswitch.vpp.api.message.l3.ProxyArpDump;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcDetails;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcDump;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcEnableDisable;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code proxy_arp_add_del}, {@code proxy_arp_dump}, {@code proxy_arp_intfc_enable_disable} and
 * {@code proxy_arp_intfc_dump}.
 */
class ProxyArpTest extends L3TestSupport {
    private static ProxyArpAddDel range(final boolean add, final int tableId, final String low, final String high) {
        return new ProxyArpAddDel(add, new ProxyArp(tableId, Arrays.copyOf(address(low).un(), 4),
            Arrays.copyOf(address(high).un(), 4)));
    }

    private List<String> ranges() {
        return dump(new ProxyArpDump()).stream().map(ProxyArpDetails::proxy)
            .map(proxy -> proxy.tableId() + " " + ip4(proxy.low()) + "-" + ip4(proxy.hi())).toList();
    }

    private static String ip4(final byte[] bytes) {
        return (bytes[0] & 0xFF) + "." + (bytes[1] & 0xFF) + "." + (bytes[2] & 0xFF) + "." + (bytes[3] & 0xFF);
    }

    private List<Integer> interfaces() {
        return dump(new ProxyArpIntfcDump()).stream().map(ProxyArpIntfcDetails::swIfIndex).toList();
    }

    @Test
    void rangesPerTable() {
        call(table(true, false, 10, ""));
        call(range(true, 0, "10.0.0.10", "10.0.0.20"));
        call(range(true, 10, "10.0.0.10", "10.0.0.20"));
        // the same range again is no duplicate
        call(range(true, 0, "10.0.0.10", "10.0.0.20"));
        assertEquals(List.of("0 10.0.0.10-10.0.0.20", "10 10.0.0.10-10.0.0.20"), ranges());
        call(range(false, 0, "10.0.0.10", "10.0.0.20"));
        assertEquals(List.of("10 10.0.0.10-10.0.0.20"), ranges());
    }

    @Test
    void rangeErrors() {
        assertEquals(-3, retval(range(true, 5, "10.0.0.10", "10.0.0.20")));
        assertEquals(-6, retval(range(false, 0, "10.0.0.10", "10.0.0.20")));
        assertEquals(List.of(), ranges());
    }

    @Test
    void interfacesAreEnabledAndDisabled() {
        final int a = loopback("de:ad:00:00:00:01");
        final int b = loopback("de:ad:00:00:00:02");
        call(new ProxyArpIntfcEnableDisable(b, true));
        call(new ProxyArpIntfcEnableDisable(a, true));
        call(new ProxyArpIntfcEnableDisable(a, true));
        assertEquals(List.of(a, b), interfaces());
        call(new ProxyArpIntfcEnableDisable(b, false));
        call(new ProxyArpIntfcEnableDisable(b, false));
        assertEquals(List.of(a), interfaces());
        assertEquals(-2, retval(new ProxyArpIntfcEnableDisable(99, true)));
        // as in VPP, deleting the interface does not disable proxy ARP on its index
        call(new DeleteLoopback(a));
        assertEquals(List.of(a), interfaces());
    }
}
