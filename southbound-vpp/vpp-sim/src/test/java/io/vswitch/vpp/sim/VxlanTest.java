package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.vxlan.VxlanAddDelTunnelV3;
import io.vswitch.vpp.api.message.vxlan.VxlanAddDelTunnelV3Reply;
import io.vswitch.vpp.api.message.vxlan.VxlanTunnelV2Details;
import io.vswitch.vpp.api.message.vxlan.VxlanTunnelV2Dump;
import java.util.List;
import org.junit.jupiter.api.Test;

class VxlanTest extends SimulatorTestSupport {
    private VxlanAddDelTunnelV3Reply tunnel(final boolean add, final int instance, final String src,
            final String dst, final int vrf, final int vni) {
        return client.call(new VxlanAddDelTunnelV3(add, instance, address(src), address(dst), 0, 0, -1, vrf, -1,
            vni, false));
    }

    @Test
    void tunnelsAreCreatedNamedDumpedAndDeleted() {
        final VxlanAddDelTunnelV3Reply first = tunnel(true, -1, "10.0.0.1", "10.0.0.2", 0, 100);
        final VxlanAddDelTunnelV3Reply named = tunnel(true, 42, "10.0.0.1", "10.0.0.3", 0, 100);
        assertEquals(0, first.retval());
        final SwInterfaceDetails details = details(first.swIfIndex());
        assertEquals("vxlan_tunnel0", details.interfaceName());
        assertEquals("VXLAN", details.interfaceDevType());
        assertEquals("vxlan_tunnel42", details(named.swIfIndex()).interfaceName());
        client.call(new SwInterfaceSetFlags(first.swIfIndex(), 1));
        assertEquals(3, details(first.swIfIndex()).flags());

        final List<VxlanTunnelV2Details> tunnels = dump(new VxlanTunnelV2Dump(ALL));
        assertEquals(2, tunnels.size());
        final VxlanTunnelV2Details tunnel = tunnels.get(0);
        assertEquals(100, tunnel.vni());
        assertEquals(4789, tunnel.srcPort());
        assertEquals(4789, tunnel.dstPort());
        assertEquals(1, tunnel.decapNextIndex());
        assertEquals("10.0.0.2", text(new io.vswitch.vpp.api.message.types.Prefix(tunnel.dstAddress(), 32))
            .replace("/32", ""));
        assertEquals(List.of(42), dump(new VxlanTunnelV2Dump(named.swIfIndex())).stream()
            .map(VxlanTunnelV2Details::instance).toList());

        final VxlanAddDelTunnelV3Reply deleted = tunnel(false, -1, "10.0.0.1", "10.0.0.2", 0, 100);
        assertEquals(new VxlanAddDelTunnelV3Reply(0, first.swIfIndex()), deleted);
        assertEquals(1, dump(new VxlanTunnelV2Dump(ALL)).size());
    }

    @Test
    void errorsAreVpps() {
        assertEquals(0, tunnel(true, 1, "10.0.0.1", "10.0.0.2", 0, 5).retval());
        assertEquals(new VxlanAddDelTunnelV3Reply(-75, -1), tunnel(true, -1, "10.0.0.1", "10.0.0.2", 0, 5));
        assertEquals(-147, tunnel(true, 1, "10.0.0.1", "10.0.0.9", 0, 5).retval(), "instance in use");
        assertEquals(-6, tunnel(false, -1, "10.0.0.1", "10.0.0.7", 0, 5).retval(), "no such tunnel");
        assertEquals(-3, tunnel(true, -1, "10.0.0.1", "10.0.0.2", 9, 5).retval(), "no such table");
        assertEquals(-82, tunnel(true, -1, "10.0.0.1", "10.0.0.1", 0, 5).retval(), "same src and dst");
        assertEquals(-7, tunnel(true, -1, "10.0.0.1", "2001:db8::1", 0, 5).retval(), "mixed families");
        assertEquals(-2, tunnel(true, -1, "10.0.0.1", "239.1.1.1", 0, 5).retval(), "multicast without interface");
        assertEquals(0, tunnel(true, -1, "2001:db8::1", "2001:db8::2", 0, 5).retval());
    }
}
