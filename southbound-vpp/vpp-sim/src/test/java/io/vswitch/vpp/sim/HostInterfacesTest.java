package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.message.afpacket.AfPacketCreateV3;
import io.vswitch.vpp.api.message.afpacket.AfPacketCreateV3Reply;
import io.vswitch.vpp.api.message.afpacket.AfPacketDelete;
import io.vswitch.vpp.api.message.afpacket.AfPacketDetails;
import io.vswitch.vpp.api.message.afpacket.AfPacketDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.tap.SwInterfaceTapV2Details;
import io.vswitch.vpp.api.message.tap.SwInterfaceTapV2Dump;
import io.vswitch.vpp.api.message.tap.TapCreateV3;
import io.vswitch.vpp.api.message.tap.TapCreateV3Reply;
import io.vswitch.vpp.api.message.tap.TapDeleteV2;
import io.vswitch.vpp.api.message.types.Ip4Prefix;
import io.vswitch.vpp.api.message.types.Ip6Prefix;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * af_packet and tap: interfaces with a host side.
 */
class HostInterfacesTest extends SimulatorTestSupport {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withMissingHostInterfaces(Set.of("gone0"));
    }

    private AfPacketCreateV3Reply afPacket(final String host, final int mode) {
        return client.call(new AfPacketCreateV3(mode, new byte[] {2, 0, 0, 0, 0, 1}, false, host, 0, 0, 0, 0, 0,
            0, 0));
    }

    @Test
    void afPacketIsNamedAfterTheHostInterface() {
        final AfPacketCreateV3Reply reply = afPacket("veth1", 1);
        assertEquals(0, reply.retval());
        final SwInterfaceDetails details = details(reply.swIfIndex());
        assertEquals("host-veth1", details.interfaceName());
        assertEquals("af-packet", details.interfaceDevType());
        assertArrayEquals(new byte[] {2, 0, 0, 0, 0, 1}, details.l2Address());
        assertEquals(2, details.flags(), "link up from creation, admin down");
        assertEquals(1500, details.linkMtu());
        assertEquals(List.of(new AfPacketDetails(reply.swIfIndex(), "veth1")), dump(new AfPacketDump()));
    }

    @Test
    void afPacketErrorsAreVpps() {
        final int first = afPacket("veth1", 1).swIfIndex();
        assertEquals(new AfPacketCreateV3Reply(-79, first), afPacket("veth1", 1), "exists: index of the old one");
        assertEquals(-71, afPacket("gone0", 1).retval(), "host interface missing");
        sim.host().setHostInterfaceMissing("veth2", true);
        assertEquals(-71, afPacket("veth2", 1).retval());
        sim.host().setHostInterfaceMissing("veth2", false);
        assertEquals(0, afPacket("veth2", 1).retval());
        assertEquals(-7, afPacket("veth3", 3).retval(), "bad mode");
        assertEquals(-11, client.call(new AfPacketDelete("nosuch")).retval());
        assertEquals(0, client.call(new AfPacketDelete("veth1")).retval());
        assertEquals(List.of("local0", "host-veth2"), interfaceNames());
    }

    private TapCreateV3 tap(final int id, final int flags, final String hostName, final String tag) {
        return new TapCreateV3(id, true, new byte[6], 1, 1, 0, 0, false, 0, false, new byte[6], true,
            new Ip4Prefix(new byte[] {10, 9, 0, 1}, 24), false, new Ip6Prefix(new byte[16], 0), false, new byte[4],
            false, new byte[16], flags, false, "", !hostName.isEmpty(), hostName, false, "", tag);
    }

    @Test
    void tapsAreNumberedAndDumped() {
        final TapCreateV3Reply first = client.call(tap(-1, 0, "", "t0"));
        final TapCreateV3Reply second = client.call(tap(-1, 0, "vpp-tap", ""));
        final TapCreateV3Reply tun = client.call(tap(5, 16, "", ""));
        assertEquals(0, first.retval());
        final SwInterfaceDetails details = details(first.swIfIndex());
        assertEquals("tap0", details.interfaceName());
        assertEquals("tap", details.interfaceDevType());
        assertEquals("t0", details.tag());
        assertEquals(2, details.flags());
        assertEquals("tap1", details(second.swIfIndex()).interfaceName());
        assertEquals("tun5", details(tun.swIfIndex()).interfaceName());

        final List<SwInterfaceTapV2Details> taps = dump(new SwInterfaceTapV2Dump(ALL));
        assertEquals(3, taps.size());
        assertEquals("tap0", taps.get(0).hostIfName());
        assertEquals("vpp-tap", taps.get(1).hostIfName());
        assertEquals(256, taps.get(0).rxRingSz());
        assertArrayEquals(new byte[] {10, 9, 0, 1}, taps.get(0).hostIp4Prefix().address());
        assertEquals(24, taps.get(0).hostIp4Prefix().len());
        final List<SwInterfaceTapV2Details> one = dump(new SwInterfaceTapV2Dump(tun.swIfIndex()));
        assertEquals(1, one.size());
        assertEquals("tun5", one.get(0).devName());
        assertEquals(16, one.get(0).tapFlags());
    }

    @Test
    void tapErrorsAreVpps() {
        assertEquals(0, client.call(tap(3, 0, "", "")).retval());
        assertEquals(new TapCreateV3Reply(-71, -1), client.call(tap(3, 0, "", "")), "id taken");
        assertEquals(-54, client.call(tap(-1, 8, "", "")).retval(), "attach without host name");
        final int loop0 = loopback();
        assertEquals(-2, client.call(new TapDeleteV2(loop0)).retval());
        final int tap = client.call(tap(-1, 0, "", "")).swIfIndex();
        assertEquals(0, client.call(new TapDeleteV2(tap)).retval());
        assertEquals(1, dump(new SwInterfaceTapV2Dump(ALL)).size());
    }
}
