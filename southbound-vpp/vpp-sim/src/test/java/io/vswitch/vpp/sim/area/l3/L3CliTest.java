package io.vswitch.vpp.sim.area.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTable;
import io.vswitch.vpp.api.message.l3.IpNeighbor;
import io.vswitch.vpp.api.message.l3.IpNeighborAddDel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code show ip fib}, {@code show ip6 fib}, {@code show ip neighbors} and {@code show ip table}.
 */
class L3CliTest extends L3TestSupport {
    @Test
    void showIpFibListsEveryTableWithItsEntriesByAddress() {
        final int loop = loopback("de:ad:00:00:00:01");
        up(loop);
        addAddress(loop, "10.0.0.1/24");
        call(add("192.0.2.0/24", via("10.0.0.2", loop)));
        call(table(true, false, 10, "blue"));
        final String out = cli("show ip fib");
        final List<String> lines = out.lines().toList();
        assertEquals("ipv4-VRF:0, fib_index:0, flow hash:[src dst sport dport proto flowlabel ] epoch:0 "
            + "flags:none locks:[default-route:1, ]", lines.get(0));
        assertEquals(List.of("0.0.0.0/0", "  unicast-ip4-chain",
            "  [@0]: dpo-load-balance: [proto:ip4 index:" + statsIndex("0.0.0.0/0") + " buckets:1 uRPF:"
                + statsIndex("0.0.0.0/0") + " to:[0:0]]", "    [0] [@0]: dpo-drop ip4"), lines.subList(1, 5));
        final List<String> prefixes = lines.stream().filter(line -> !line.startsWith(" ")).toList();
        assertEquals(List.of("ipv4-VRF:0, fib_index:0, flow hash:[src dst sport dport proto flowlabel ] epoch:0 "
            + "flags:none locks:[default-route:1, ]", "0.0.0.0/0", "0.0.0.0/32", "10.0.0.0/32",
            // VPP sorts by the stored address: the connected entry keeps the interface address 10.0.0.1
            "10.0.0.0/24", "10.0.0.1/32", "10.0.0.255/32", "192.0.2.0/24", "224.0.0.0/4", "240.0.0.0/4",
            "255.255.255.255/32",
            "blue, fib_index:1, flow hash:[src dst sport dport proto flowlabel ] epoch:0 flags:none locks:[API:1, ]",
            "0.0.0.0/0", "0.0.0.0/32", "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32"), prefixes);
        assertTrue(out.contains("10.0.0.1/32\n  unicast-ip4-chain\n"), out);
        assertTrue(out.contains("    [0] [@2]: dpo-receive: 10.0.0.1 on loop0\n"), out);
        assertTrue(out.contains("    [0] [@4]: ipv4-glean: loop0: mtu:9000\n"), out);
        assertTrue(out.contains("    [0] [@5]: ipv4 via 10.0.0.2 loop0: mtu:9000\n"), out);

        final List<String> blue = cli("show ip fib table 10").lines().filter(line -> !line.startsWith(" ")).toList();
        assertEquals(6, blue.size());
        assertTrue(blue.get(0).startsWith("blue, fib_index:1"), blue.get(0));
        assertEquals(cli("show ip fib table 10"), cli("show ip fib index 1"));
        assertEquals("", cli("show ip fib table 11"));
    }

    private int statsIndex(final String prefix) {
        return dumped(0, prefix).orElseThrow().statsIndex();
    }

    @Test
    void showIpFibSummary() {
        final String out = cli("show ip fib summary");
        assertTrue(out.contains("    Prefix length         Count     \n"), out);
        assertTrue(out.contains("                  32               2\n"), out);
        assertTrue(out.contains("                   4               2\n"), out);
        assertTrue(out.contains("                   0               1\n"), out);
    }

    @Test
    void showIp6Fib() {
        final int loop = loopback("de:ad:00:00:00:01");
        call(table(true, true, 5, ""));
        call(new SwInterfaceSetTable(loop, true, 5));
        up(loop);
        addAddress(loop, "2001:db8::1/64");
        final String out = cli("show ip6 fib table 5");
        final List<String> prefixes = out.lines().filter(line -> !line.startsWith(" ")).toList();
        assertEquals(List.of("ipv6-VRF:5, fib_index:2, flow hash:[src dst sport dport proto flowlabel ] epoch:0 "
            + "flags:none locks:[interface:1, API:1, ]", "::/0", "2001:db8::/64", "2001:db8::1/128", "fe80::/10"),
            prefixes);
        assertTrue(out.contains("fe80::/10\n  unicast-ip6-chain\n  [@0]: dpo-load-balance: [proto:ip6 index:"), out);
        assertTrue(out.contains("    [0] [@3]: ip6-link-local\n"), out);
    }

    @Test
    void showIpNeighbors() {
        assertEquals("", cli("show ip neighbors"));
        final int loop = loopback("de:ad:00:00:00:01");
        call(new IpNeighborAddDel(true, new IpNeighbor(loop, 1, mac("02:00:00:00:00:09"), address("10.0.0.9"))));
        call(new IpNeighborAddDel(true, new IpNeighbor(loop, 0, mac("02:00:00:00:00:08"), address("10.0.0.8"))));
        final List<String> lines = cli("show ip neighbors").lines().toList();
        assertEquals("     Age                       IP                    Flags      Ethernet              "
            + "Interface       ", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).endsWith("                10.0.0.8                   D    02:00:00:00:00:08 loop0"),
            lines.get(1));
        assertTrue(lines.get(2).endsWith("                10.0.0.9                   S    02:00:00:00:00:09 loop0"),
            lines.get(2));
        assertTrue(lines.get(1).matches(" +\\d+\\.\\d{4} .*"), lines.get(1));
        assertEquals(cli("show ip neighbors").lines().count(), cli("show ip neighbor loop0").lines().count());
    }

    @Test
    void showIpTable() {
        call(table(true, false, 10, "blue"));
        assertEquals("[0] table_id:0 ipv4-VRF:0\n[1] table_id:10 blue\n", cli("show ip table"));
        assertEquals("[1] table_id:10 blue\n", cli("show ip table 10"));
        assertEquals("show ip table: Couldn't find table with table_id 11\n",
            reply(new CliInband("show ip table 11")).reply());
        assertEquals("[0] table_id:0 ipv6-VRF:0\n", cli("show ip6 table"));
    }
}
