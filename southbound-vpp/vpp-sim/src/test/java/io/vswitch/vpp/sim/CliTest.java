package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.core.CliInbandReply;
import io.vswitch.vpp.api.message.interfaces.CreateSubif;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddDelAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTable;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetUnnumbered;
import io.vswitch.vpp.api.message.memif.MemifCreateV2;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest extends SimulatorTestSupport {
    private List<String> cli(final String command) {
        final CliInbandReply reply = client.call(new CliInband(command));
        assertEquals(0, reply.retval(), reply.reply());
        return Arrays.stream(reply.reply().split("\n", -1)).map(String::stripTrailing).toList();
    }

    @Test
    void showInterfaceHasVppsColumns() {
        final int loop0 = loopback();
        client.call(new SwInterfaceSetFlags(loop0, 1));
        client.call(new CreateSubif(loop0, 100, 18, 100, 0));
        // the layout of VPP's own documentation (docs/gettingstarted/progressivevpp/interface.rst)
        assertEquals(List.of(
            "              Name               Idx    State  MTU (L3/IP4/IP6/MPLS)     Counter          Count",
            "local0                            0     down          0/0/0/0",
            "loop0                             1      up          9000/0/0/0",
            "loop0.100                         2     down         9000/0/0/0",
            ""), cli("show interface"));
        assertEquals(cli("show interface"), cli("sh int"));
        assertEquals(2, cli("show interface loop0").size() - 1);
    }

    @Test
    void showInterfaceAddrListsAddressesAndUnnumbered() {
        final int loop0 = loopback();
        final int loop1 = loopback();
        client.call(new SwInterfaceSetFlags(loop0, 1));
        client.call(new SwInterfaceAddDelAddress(loop0, true, false, prefix("10.0.0.1/24")));
        client.call(new SwInterfaceAddDelAddress(loop0, true, false, prefix("2001:db8::1/64")));
        client.call(new SwInterfaceSetUnnumbered(loop0, loop1, true));
        sim.modify(state -> state.ipTables().add(false, 7, ""));
        final int memif = client.call(new MemifCreateV2(0, 0, 0, 0, 0, 0, 0, 0, false, false, new byte[6], ""))
            .swIfIndex();
        client.call(new SwInterfaceSetTable(memif, false, 7));
        client.call(new SwInterfaceAddDelAddress(memif, true, false, prefix("10.7.0.1/24")));
        assertEquals(List.of(
            "local0 (dn):",
            "loop0 (up):",
            "  L3 10.0.0.1/24",
            "  L3 2001:db8::1/64",
            "loop1 (dn):",
            "  unnumbered, use loop0",
            "  L3 10.0.0.1/24",
            "  L3 2001:db8::1/64",
            "memif0/0 (dn):",
            "  L3 10.7.0.1/24 ip4 table-id 7 fib-idx 1",
            ""), cli("show interface addr"));
    }

    @Test
    void showHardwareInterfaces() {
        loopback();
        final List<String> lines = cli("show hardware-interfaces");
        assertEquals("              Name                Idx   Link  Hardware", lines.get(0));
        assertEquals("local0                             0    down  local0", lines.get(1));
        assertEquals("  Link speed: unknown", lines.get(2));
        assertEquals("loop0                              1    down  loop0", lines.get(3));
        assertEquals("  Link speed: unknown", lines.get(4));
        assertEquals("  Ethernet address de:ad:00:00:00:00", lines.get(5));
        assertEquals(List.of("loop0                              1    down  loop0", "  Link speed: unknown", ""),
            cli("show hardware-interfaces brief loop0").subList(1, 4));
    }

    @Test
    void badArgumentsAreReportedWithThePath() {
        final CliInbandReply reply = client.call(new CliInband("show interface frobs"));
        assertEquals(-1, reply.retval());
        assertEquals("show interface: unknown input `frobs'\n", reply.reply());
    }
}
