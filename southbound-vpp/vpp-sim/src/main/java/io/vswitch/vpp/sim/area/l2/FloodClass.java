package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.sim.state.InterfaceKind;
import io.vswitch.vpp.sim.state.SimInterface;

/**
 * VPP's {@code vnet_flood_class_t}: where a member goes in a bridge domain's member list and whether it is flooded
 * to. Loopbacks start as {@link #NO_FLOOD} (VPP does not flood to them until they become a BVI, and sets them back
 * to {@link #NO_FLOOD} when they stop being one); unicast VXLAN tunnels are {@link #TUNNEL_NORMAL}, multicast ones
 * {@link #TUNNEL_MASTER}.
 */
enum FloodClass {
    NORMAL,
    TUNNEL_MASTER,
    TUNNEL_NORMAL,
    BVI,
    NO_FLOOD;

    /**
     * The class an interface has when nothing changed it.
     *
     * @param iface the interface
     * @return its initial flood class
     */
    static FloodClass initial(final SimInterface iface) {
        if (iface.kind() instanceof InterfaceKind.Loopback) {
            return NO_FLOOD;
        }
        if (iface.kind() instanceof InterfaceKind.Vxlan vxlan) {
            return vxlan.dst().isMulticastAddress() ? TUNNEL_MASTER : TUNNEL_NORMAL;
        }
        return NORMAL;
    }
}
