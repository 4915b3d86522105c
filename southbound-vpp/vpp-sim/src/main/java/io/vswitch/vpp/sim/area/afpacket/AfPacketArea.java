package io.vswitch.vpp.sim.area.afpacket;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.afpacket.AfPacketCreateV3;
import io.vswitch.vpp.api.message.afpacket.AfPacketCreateV3Reply;
import io.vswitch.vpp.api.message.afpacket.AfPacketDelete;
import io.vswitch.vpp.api.message.afpacket.AfPacketDeleteReply;
import io.vswitch.vpp.api.message.afpacket.AfPacketDetails;
import io.vswitch.vpp.api.message.afpacket.AfPacketDump;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.AreaContext;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.spi.VppModules;
import io.vswitch.vpp.sim.state.InterfaceKind;
import io.vswitch.vpp.sim.state.MacAddress;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * af_packet as {@code af_packet_api.c} and {@code af_packet.c} treat it. Every host interface name exists unless
 * marked missing on the {@link io.vswitch.vpp.sim.state.SimHost} (then creation fails like VPP's
 * {@code SIOCGIFINDEX}). The link is up from creation (VPP sets it so; the host side is brought up).
 */
public final class AfPacketArea implements SimArea {
    static final int MODE_ETHERNET = 1;
    static final int MODE_IP = 2;
    /** The MTU of the simulated host interfaces, which af_packet copies. */
    static final int HOST_MTU = 1500;

    /**
     * The area.
     */
    public AfPacketArea() {
        // stateless
    }

    @Override
    public void install(final AreaContext context) {
        context.module(VppModules.AF_PACKET);
        context.onRequest(AfPacketCreateV3.class, AfPacketArea::create);
        context.onRequest(AfPacketDelete.class, AfPacketArea::delete);
        context.onDump(AfPacketDump.class, AfPacketArea::dump);
    }

    private static Optional<SimInterface> byHostName(final SimState state, final String hostIfName) {
        return state.interfaces().all().stream()
            .filter(iface -> iface.kind() instanceof InterfaceKind.AfPacket afPacket
                && afPacket.hostIfName().equals(hostIfName))
            .findFirst();
    }

    static AfPacketCreateV3Reply create(final AfPacketCreateV3 request, final SimCall call) {
        final SimState state = call.state();
        if (request.mode() != MODE_ETHERNET && request.mode() != MODE_IP) {
            return new AfPacketCreateV3Reply(VppErrno.INVALID_VALUE.value(), ApiTypes.NONE);
        }
        final Optional<SimInterface> existing = byHostName(state, request.hostIfName());
        if (existing.isPresent()) {
            return new AfPacketCreateV3Reply(VppErrno.IF_ALREADY_EXISTS.value(), existing.orElseThrow().swIfIndex());
        }
        if (request.hostIfName().isEmpty() || !state.host().hostInterfaceExists(request.hostIfName())) {
            throw VppError.of(VppErrno.INVALID_INTERFACE, "host interface " + request.hostIfName() + " not found");
        }
        final MacAddress mac;
        if (request.mode() == MODE_IP) {
            mac = MacAddress.ZERO;
        } else {
            mac = request.useRandomHwAddr() ? state.randomMac() : ApiTypes.mac(request.hwAddr());
        }
        final InterfaceKind.AfPacket kind = new InterfaceKind.AfPacket(request.hostIfName(), request.mode(),
            request.flags(), request.rxFrameSize(), request.txFrameSize(), request.rxFramesPerBlock(),
            request.txFramesPerBlock(), Math.max(1, request.numRxQueues()), Math.max(1, request.numTxQueues()));
        final SimInterface created = state.interfaces().create((sw, hw) -> SimInterface.hardware(sw, hw,
            "host-" + kind.hostIfName(), kind, mac, true, HOST_MTU, state.defaultRxMode()));
        return new AfPacketCreateV3Reply(0, created.swIfIndex());
    }

    static AfPacketDeleteReply delete(final AfPacketDelete request, final SimCall call) {
        final SimInterface iface = byHostName(call.state(), request.hostIfName()).orElseThrow(() ->
            VppError.of(VppErrno.SYSCALL_ERROR_1, "host interface " + request.hostIfName() + " does not exist"));
        call.state().interfaces().delete(iface.swIfIndex());
        return new AfPacketDeleteReply(0);
    }

    static void dump(final AfPacketDump request, final SimCall call, final Consumer<AfPacketDetails> details) {
        for (SimInterface iface : call.state().interfaces().all()) {
            if (iface.kind() instanceof InterfaceKind.AfPacket afPacket) {
                details.accept(new AfPacketDetails(iface.swIfIndex(), afPacket.hostIfName()));
            }
        }
    }
}
