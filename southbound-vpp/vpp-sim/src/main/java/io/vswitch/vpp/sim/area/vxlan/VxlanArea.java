package io.vswitch.vpp.sim.area.vxlan;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.vxlan.VxlanAddDelTunnelV3;
import io.vswitch.vpp.api.message.vxlan.VxlanAddDelTunnelV3Reply;
import io.vswitch.vpp.api.message.vxlan.VxlanTunnelV2Details;
import io.vswitch.vpp.api.message.vxlan.VxlanTunnelV2Dump;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.AreaContext;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppModules;
import io.vswitch.vpp.sim.state.InterfaceKind;
import io.vswitch.vpp.sim.state.MacAddress;
import io.vswitch.vpp.sim.state.RxMode;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * VXLAN tunnels as {@code vxlan_api.c} and {@code vnet_vxlan_add_del_tunnel} treat them: a tunnel is keyed by
 * source, destination, source port, encap table and VNI; the instance (name number) defaults to the lowest free
 * tunnel index; the link follows the admin state.
 */
public final class VxlanArea implements SimArea {
    /** VXLAN's UDP port, used when the request leaves a port 0. */
    static final int DEFAULT_PORT = 4789;
    /** {@code VXLAN_INPUT_NEXT_L2_INPUT}, the decap next when none is given. */
    static final int DECAP_NEXT_L2_INPUT = 1;
    /** Valid decap next indexes are below this ({@code VXLAN_INPUT_N_NEXT}). */
    static final int DECAP_NEXT_COUNT = 2;

    /**
     * The area.
     */
    public VxlanArea() {
        // stateless
    }

    @Override
    public void install(final AreaContext context) {
        context.module(VppModules.VXLAN);
        context.onRequest(VxlanAddDelTunnelV3.class, VxlanArea::addDel);
        context.onDump(VxlanTunnelV2Dump.class, VxlanArea::dump);
    }

    static VxlanAddDelTunnelV3Reply addDel(final VxlanAddDelTunnelV3 request, final SimCall call) {
        final SimState state = call.state();
        final InetAddress src = ApiTypes.address(request.srcAddress());
        final InetAddress dst = ApiTypes.address(request.dstAddress());
        final boolean ip6 = src instanceof Inet6Address;
        if (!state.ipTables().exists(ip6, request.encapVrfId())) {
            return failure(VppErrno.NO_SUCH_FIB);
        }
        if (ip6 != dst instanceof Inet6Address) {
            return failure(VppErrno.INVALID_VALUE);
        }
        if (src.equals(dst)) {
            return failure(VppErrno.SAME_SRC_DST);
        }
        if (dst.isMulticastAddress() && !state.interfaces().exists(request.mcastSwIfIndex())) {
            return failure(VppErrno.INVALID_SW_IF_INDEX);
        }
        final int srcPort = request.srcPort() == 0 ? DEFAULT_PORT : request.srcPort();
        final int dstPort = request.dstPort() == 0 ? DEFAULT_PORT : request.dstPort();
        final Optional<SimInterface> existing = state.interfaces().all().stream()
            .filter(iface -> iface.kind() instanceof InterfaceKind.Vxlan tunnel
                && sameKey(tunnel, src, dst, srcPort, request.encapVrfId(), request.vni()))
            .findFirst();
        if (!request.isAdd()) {
            if (existing.isEmpty()) {
                return failure(VppErrno.NO_SUCH_ENTRY);
            }
            state.interfaces().delete(existing.orElseThrow().swIfIndex());
            return new VxlanAddDelTunnelV3Reply(0, existing.orElseThrow().swIfIndex());
        }
        if (existing.isPresent()) {
            return failure(VppErrno.TUNNEL_EXIST);
        }
        final int decapNext = request.decapNextIndex() == ApiTypes.NONE ? DECAP_NEXT_L2_INPUT
            : request.decapNextIndex();
        if (Integer.compareUnsigned(decapNext, DECAP_NEXT_COUNT) >= 0) {
            return failure(VppErrno.INVALID_DECAP_NEXT);
        }
        final Set<Integer> instances = state.interfaces().all().stream()
            .filter(iface -> iface.kind() instanceof InterfaceKind.Vxlan)
            .map(iface -> ((InterfaceKind.Vxlan) iface.kind()).instance())
            .collect(Collectors.toSet());
        int instance = request.instance();
        if (instance == ApiTypes.NONE) {
            instance = 0;
            while (instances.contains(instance)) {
                instance++;
            }
        } else if (instances.contains(instance)) {
            return failure(VppErrno.INSTANCE_IN_USE);
        }
        final InterfaceKind.Vxlan kind = new InterfaceKind.Vxlan(instance, src, dst, srcPort, dstPort,
            request.vni(), request.encapVrfId(), request.mcastSwIfIndex(), decapNext, request.isL3());
        final MacAddress mac = request.isL3() ? MacAddress.ZERO : state.randomMac();
        final SimInterface created = state.interfaces().create((sw, hw) -> SimInterface.hardware(sw, hw,
            "vxlan_tunnel" + Integer.toUnsignedString(kind.instance()), kind, mac, true,
            SimState.DEFAULT_ETHERNET_MTU, RxMode.UNKNOWN));
        return new VxlanAddDelTunnelV3Reply(0, created.swIfIndex());
    }

    private static boolean sameKey(final InterfaceKind.Vxlan tunnel, final InetAddress src, final InetAddress dst,
            final int srcPort, final int encapVrfId, final int vni) {
        return tunnel.src().equals(src) && tunnel.dst().equals(dst) && tunnel.srcPort() == srcPort
            && tunnel.encapVrfId() == encapVrfId && tunnel.vni() == vni;
    }

    private static VxlanAddDelTunnelV3Reply failure(final VppErrno errno) {
        return new VxlanAddDelTunnelV3Reply(errno.value(), ApiTypes.NONE);
    }

    static void dump(final VxlanTunnelV2Dump request, final SimCall call,
            final Consumer<VxlanTunnelV2Details> details) {
        for (SimInterface iface : call.state().interfaces().all()) {
            if (iface.kind() instanceof InterfaceKind.Vxlan tunnel
                    && (request.swIfIndex() == ApiTypes.NONE || request.swIfIndex() == iface.swIfIndex())) {
                details.accept(new VxlanTunnelV2Details(iface.swIfIndex(), tunnel.instance(),
                    ApiTypes.address(tunnel.src()), ApiTypes.address(tunnel.dst()), tunnel.srcPort(),
                    tunnel.dstPort(), tunnel.mcastSwIfIndex(), tunnel.encapVrfId(), tunnel.decapNextIndex(),
                    tunnel.vni()));
            }
        }
    }
}
