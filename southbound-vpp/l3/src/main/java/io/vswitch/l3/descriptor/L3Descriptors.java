package io.vswitch.l3.descriptor;

import io.vswitch.renderer.spi.Descriptor;
import java.util.List;

/**
 * Every descriptor of the L3 area.
 */
public final class L3Descriptors {
    private L3Descriptors() {
        // factory only
    }

    /**
     * New instances of all of them. The route, table and proxy ARP range descriptors remember what they created
     * (VPP has no tags on those): use one set per controller, for all nodes.
     *
     * @return the VRF table, route, neighbour and proxy ARP descriptors
     */
    public static List<Descriptor<?>> all() {
        return List.of(new VrfTableDescriptor(), new RouteDescriptor(), new NeighborDescriptor(),
            new ProxyArpRangeDescriptor(), new ProxyArpInterfaceDescriptor());
    }
}
