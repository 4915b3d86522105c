package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.l2.L2XconnectDetails;
import io.vswitch.vpp.api.message.l2.L2XconnectDump;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Bridge;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2BridgeReply;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Xconnect;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2XconnectReply;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.state.SimInterface;
import java.util.function.Consumer;

/**
 * {@code sw_interface_set_l2_bridge}, {@code sw_interface_set_l2_xconnect} and {@code l2_xconnect_dump}. As in VPP,
 * bridging into a bridge domain that does not exist creates it (with VPP's defaults: learning, forwarding and
 * flooding on), any interface may be a BVI, and a cross-connect is one direction only.
 */
final class PortHandlers {
    private PortHandlers() {
        // handlers only
    }

    static SwInterfaceSetL2BridgeReply setBridge(final SwInterfaceSetL2Bridge request, final SimCall call) {
        final SimInterface iface = ApiTypes.requireInterface(call.state(), request.rxSwIfIndex());
        final int portType = request.portType();
        if (portType != L2Port.Bridged.NORMAL && portType != L2Port.Bridged.BVI
                && portType != L2Port.Bridged.UU_FWD) {
            throw VppError.of(VppErrno.INVALID_VALUE, "port type " + portType);
        }
        final L2State l2 = L2State.of(call.state());
        final L2Modes modes = new L2Modes(l2);
        if (!request.enable()) {
            modes.setL3(iface);
            return new SwInterfaceSetL2BridgeReply(0);
        }
        if (Integer.compareUnsigned(request.bdId(), BridgeDomains.MAX_ID) > 0) {
            throw VppError.of(VppErrno.BD_ID_EXCEED_MAX, "bd_id " + Integer.toUnsignedString(request.bdId()));
        }
        final BridgeDomain bd = l2.bridgeDomains().findOrCreate(request.bdId());
        final L2Modes.Result result = modes.setBridge(iface, bd, portType, request.shg() & 0xFF);
        return new SwInterfaceSetL2BridgeReply(
            result == L2Modes.Result.BD_HAS_BVI ? VppErrno.BD_ALREADY_HAS_BVI.value() : 0);
    }

    static SwInterfaceSetL2XconnectReply setXconnect(final SwInterfaceSetL2Xconnect request, final SimCall call) {
        final SimInterface rx = ApiTypes.requireInterface(call.state(), request.rxSwIfIndex());
        final L2Modes modes = new L2Modes(L2State.of(call.state()));
        if (request.enable()) {
            final SimInterface tx = ApiTypes.requireInterface(call.state(), request.txSwIfIndex());
            modes.setXconnect(rx, tx.swIfIndex());
        } else {
            modes.setL3(rx);
        }
        return new SwInterfaceSetL2XconnectReply(0);
    }

    static void xconnectDump(final L2XconnectDump request, final SimCall call,
            final Consumer<L2XconnectDetails> out) {
        L2State.of(call.state()).ports().forEach((swIfIndex, port) -> {
            if (port instanceof L2Port.Xconnect xconnect) {
                out.accept(new L2XconnectDetails(swIfIndex, xconnect.txSwIfIndex()));
            }
        });
    }
}
