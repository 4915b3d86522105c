package io.vswitch.vpp.sim.area.l2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.l2.BdIpMac;
import io.vswitch.vpp.api.message.l2.BdIpMacAddDel;
import io.vswitch.vpp.api.message.l2.BridgeDomainAddDelV2;
import io.vswitch.vpp.api.message.l2.L2fibAddDel;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Bridge;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Xconnect;
import io.vswitch.vpp.sim.area.SimApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code show bridge-domain}, {@code show l2fib} and the L2 lines of {@code show interface addr}.
 */
class L2CliTest extends SimApiTestSupport {
    // VPP's %=Ns cuts longer text: "Learn-count" in %=8s is "Learn-co"
    private static final String BD_HEADER = "  BD-ID   Index   BSN  Age(min)  Learning  U-Forwrd   UU-Flood   Flooding "
        + " ARP-Term  arp-ufwd Learn-co Learn-li   BVI-Intf ";

    @Test
    void noBridgeDomains() {
        assertEquals("no bridge-domains in use\n", cli("show bridge-domain"));
        assertEquals("no l2fib entries\n", cli("show l2fib"));
    }

    @Test
    void bridgeDomainSummaryAndDetail() {
        call(new BridgeDomainAddDelV2(10, true, true, true, true, true, false, 3, "blue", true));
        final int bvi = loopback("de:ad:00:00:00:ff");
        final int port = loopback("de:ad:00:00:00:0a");
        call(new SwInterfaceSetL2Bridge(bvi, 10, 1, 0, true));
        call(new SwInterfaceSetL2Bridge(port, 10, 0, 1, true));
        call(new BdIpMacAddDel(true, new BdIpMac(10, address("10.0.0.5"), mac("02:00:00:00:00:05"))));

        final List<String> summary = cli("show bridge-domain").lines().toList();
        assertEquals(BD_HEADER, summary.get(0));
        assertEquals("   10       1      0      3         on        on       flood        on        on       off     "
            + "   0    16777216    loop0   ", summary.get(1));

        final String detail = cli("show bridge-domain 10 detail");
        assertTrue(detail.contains("\n           Interface           If-idx ISN  SHG  BVI  TxFlood        "
            + "VLAN-Tag-Rewrite       \n"), detail);
        assertEquals(1, bvi);
        assertEquals(2, port);
        assertTrue(detail.contains("\n             loop0               1     1    0    *      *    "), detail);
        assertTrue(detail.contains("\n             loop1               2     1    1    -      -    "), detail);
        assertTrue(detail.contains("\n  IP4/IP6 to MAC table for ARP Termination\n"), detail);
        assertTrue(detail.contains("10.0.0.5"), detail);
        assertTrue(detail.contains("\n  BD-Tag: blue\n"), detail);

        final CliInband missing = new CliInband("show bridge-domain 11");
        assertEquals("show bridge-domain: No such bridge domain 11\n", reply(missing).reply());
        assertEquals(-1, retval(missing));
        assertEquals("show bridge-domain: No operations on the default bridge domain are supported\n",
            reply(new CliInband("show bridge-domain 0")).reply());
    }

    @Test
    void l2fibCountsAndVerboseEntries() {
        final int port = loopback("de:ad:00:00:00:0a");
        call(new SwInterfaceSetL2Bridge(port, 4, 0, 0, true));
        call(new L2fibAddDel(mac("02:00:00:00:00:01"), 4, port, true, true, false, false));
        call(new L2fibAddDel(mac("02:00:00:00:00:02"), 4, 0, true, false, true, false));
        final String counts = cli("show l2fib");
        assertEquals("L2FIB total/learned entries: 2/0  Last scan time: 0.0000e0sec  Learn limit: 16777216 \n",
            counts);
        final List<String> verbose = cli("show l2fib verbose").lines().toList();
        assertEquals("    Mac-Address     BD-Idx If-Idx BSN-ISN Age(min) static filter bvi         Interface-Name"
            + "        ", verbose.get(0));
        assertEquals(1, port);
        assertEquals(" 02:00:00:00:00:01    1      1      0/0      no      *      -     -               loop0     "
            + "       ", verbose.get(1));
        assertEquals(" 02:00:00:00:00:02    1      -1     0/0      no      *      *     -                N/A      "
            + "       ", verbose.get(2));
        assertEquals(4, verbose.size());
        assertEquals("show l2fib: bridge domain id 7 doesn't exist\n\n", reply(new CliInband("show l2fib bd_id 7"))
            .reply());
    }

    @Test
    void interfaceAddressOutputShowsTheL2Mode() {
        final int a = loopback("de:ad:00:00:00:0a");
        final int b = loopback("de:ad:00:00:00:0b");
        call(new SwInterfaceSetL2Bridge(a, 12, 1, 0, true));
        call(new SwInterfaceSetL2Xconnect(b, a, true));
        final String out = cli("show interface addr");
        assertTrue(out.contains("loop0 (dn):\n  L2 bridge bd-id 12 idx 1 shg 0 bvi\n"), out);
        assertTrue(out.contains("loop1 (dn):\n  L2 xconnect loop0\n"), out);
    }
}
