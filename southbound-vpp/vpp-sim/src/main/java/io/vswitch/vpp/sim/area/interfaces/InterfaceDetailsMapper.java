package io.vswitch.vpp.sim.area.interfaces;

import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.state.InterfaceKind;
import io.vswitch.vpp.sim.state.MacAddress;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;

/**
 * {@code sw_interface_details} of an interface, filled as VPP's {@code send_sw_interface_details} fills it: the
 * L2 address only for hardware interfaces with one, sub-interface fields only for sub-interfaces, no VLAN tag
 * rewrite, unknown speed and duplex.
 */
final class InterfaceDetailsMapper {
    /** {@code IF_API_TYPE_HARDWARE}. */
    private static final int TYPE_HARDWARE = 0;
    /** {@code IF_API_TYPE_SUB}. */
    private static final int TYPE_SUB = 1;
    private static final int MAC_LENGTH = 6;

    private InterfaceDetailsMapper() {
        // static mapping only
    }

    static SwInterfaceDetails details(final SimState state, final SimInterface iface) {
        final boolean sub = iface.isSub();
        final InterfaceKind.SubInterface subKind = iface.kind() instanceof InterfaceKind.SubInterface kind
            ? kind : null;
        final MacAddress l2Address = sub ? MacAddress.ZERO : iface.mac();
        return new SwInterfaceDetails(iface.swIfIndex(), iface.supSwIfIndex(), l2Address.bytes(),
            ApiTypes.statusFlags(state, iface), sub ? TYPE_SUB : TYPE_HARDWARE, 0, 0, iface.linkMtu() & 0xFFFF,
            iface.mtu().toArray(),
            subKind == null ? 0 : subKind.subId(),
            subKind == null ? 0 : subKind.numberOfTags(),
            subKind == null ? 0 : subKind.outerVlanId(),
            subKind == null ? 0 : subKind.innerVlanId(),
            subKind == null ? 0 : subKind.subIfFlags() & InterfaceKind.SubInterface.FLAGS_KEPT,
            0, 0, 0, 0, 0, new byte[MAC_LENGTH], new byte[MAC_LENGTH], 0, 0,
            iface.name(), state.interfaces().deviceClass(iface), iface.tag());
    }
}
