package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.VxlanType;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.vxlan.VxlanAddDelTunnelV3;
import io.vswitch.vpp.api.message.vxlan.VxlanAddDelTunnelV3Reply;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * VXLAN tunnels: {@code vxlan_add_del_tunnel_v3}, L2 (decap to l2-input), port 4789 both ways, VPP picks the
 * instance. Deleted by the same key (addresses, port, encap table, VNI). A non-zero encap table is a dependency on
 * that VRF's item.
 */
final class VxlanHandler implements KindHandler<VxlanType> {
    /** IANA's VXLAN port, VPP's default. */
    static final int PORT = 4789;

    @Override
    public Class<VxlanType> type() {
        return VxlanType.class;
    }

    @Override
    public List<Dependency> dependencies(final String node, final VxlanType type) {
        if (type.encapVrf() == 0) {
            return List.of();
        }
        final String family = InterfaceKeys.family(type.isIpv6());
        return List.of(Dependency.on(InterfaceKeys.vrfKey(node, type.isIpv6(), type.encapVrf()),
            family + " VRF " + Integer.toUnsignedString(type.encapVrf()) + " (encap)"));
    }

    @Override
    public CompletionStage<Integer> create(final ApplyContext ctx, final VppSession vpp, final String name,
            final VxlanType type) {
        return vpp.call(message(true, type)).thenApply(VxlanAddDelTunnelV3Reply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final VppSession vpp, final VxlanType type, final int swIfIndex) {
        return VppCalls.done(vpp.call(message(false, type)));
    }

    private static VxlanAddDelTunnelV3 message(final boolean add, final VxlanType type) {
        return new VxlanAddDelTunnelV3(add, VppCalls.NONE, VppCalls.address(type.source()),
            VppCalls.address(type.destination()), PORT, PORT, VppCalls.NONE, type.encapVrf(), VppCalls.NONE,
            type.vni(), false);
    }
}
