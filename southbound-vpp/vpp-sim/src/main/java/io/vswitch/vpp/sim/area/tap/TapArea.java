package io.vswitch.vpp.sim.area.tap;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.tap.SwInterfaceTapV2Details;
import io.vswitch.vpp.api.message.tap.SwInterfaceTapV2Dump;
import io.vswitch.vpp.api.message.tap.TapCreateV3;
import io.vswitch.vpp.api.message.tap.TapCreateV3Reply;
import io.vswitch.vpp.api.message.tap.TapDeleteV2;
import io.vswitch.vpp.api.message.tap.TapDeleteV2Reply;
import io.vswitch.vpp.api.message.types.Ip4Prefix;
import io.vswitch.vpp.api.message.types.Ip6Prefix;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.AreaContext;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.spi.VppModules;
import io.vswitch.vpp.sim.state.InterfaceKind;
import io.vswitch.vpp.sim.state.IpPrefix;
import io.vswitch.vpp.sim.state.MacAddress;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * tap v3 as {@code tapv2_api.c} and {@code tap.c} treat it, without a kernel: the host side is only remembered.
 * (A real VPP on a host without {@code /dev/vhost-net} fails every creation with -11; the simulator does not.)
 * The link is up from creation, as VPP sets it.
 */
public final class TapArea implements SimArea {
    /** {@code TAP_API_FLAG_ATTACH}. */
    static final int FLAG_ATTACH = 8;
    /** VPP's {@code TAP_MAX_INSTANCE}. */
    static final int MAX_INSTANCE = 8192;
    /** The ring size VPP uses when none is given. */
    static final int DEFAULT_RING_SIZE = 256;

    /**
     * The area.
     */
    public TapArea() {
        // stateless
    }

    @Override
    public void install(final AreaContext context) {
        context.module(VppModules.TAPV2);
        context.onRequest(TapCreateV3.class, TapArea::create);
        context.onRequest(TapDeleteV2.class, TapArea::delete);
        context.onDump(SwInterfaceTapV2Dump.class, TapArea::dump);
    }

    static TapCreateV3Reply create(final TapCreateV3 request, final SimCall call) {
        final SimState state = call.state();
        final Set<Integer> used = state.interfaces().all().stream()
            .filter(iface -> iface.kind() instanceof InterfaceKind.Tap)
            .map(iface -> ((InterfaceKind.Tap) iface.kind()).id())
            .collect(Collectors.toSet());
        int id = request.id();
        if (id != ApiTypes.NONE) {
            if (used.contains(id)) {
                return new TapCreateV3Reply(VppErrno.INVALID_INTERFACE.value(), ApiTypes.NONE);
            }
        } else {
            id = 0;
            while (used.contains(id)) {
                id++;
            }
        }
        if (Integer.compareUnsigned(id, MAX_INSTANCE) > 0) {
            return new TapCreateV3Reply(VppErrno.UNSPECIFIED.value(), ApiTypes.NONE);
        }
        if ((request.tapFlags() & FLAG_ATTACH) != 0 && !request.hostIfNameSet()) {
            return new TapCreateV3Reply(VppErrno.NO_MATCHING_INTERFACE.value(), ApiTypes.NONE);
        }
        final boolean tun = (request.tapFlags() & InterfaceKind.Tap.FLAG_TUN) != 0;
        final String name = (tun ? "tun" : "tap") + Integer.toUnsignedString(id);
        final InterfaceKind.Tap kind = new InterfaceKind.Tap(id,
            request.hostIfNameSet() ? request.hostIfName() : name,
            request.hostMacAddrSet() ? ApiTypes.mac(request.hostMacAddr()) : state.randomMac(),
            request.hostNamespaceSet() ? request.hostNamespace() : "",
            request.hostBridgeSet() ? request.hostBridge() : "",
            request.hostIp4PrefixSet() ? Optional.of(IpPrefix.of(request.hostIp4Prefix().address(),
                request.hostIp4Prefix().len())) : Optional.empty(),
            request.hostIp6PrefixSet() ? Optional.of(IpPrefix.of(request.hostIp6Prefix().address(),
                request.hostIp6Prefix().len())) : Optional.empty(),
            request.hostMtuSet() ? request.hostMtuSize() : 0, request.tapFlags(),
            request.rxRingSz() == 0 ? DEFAULT_RING_SIZE : request.rxRingSz(),
            request.txRingSz() == 0 ? DEFAULT_RING_SIZE : request.txRingSz(),
            Math.max(1, request.numRxQueues()));
        final MacAddress mac;
        if (tun) {
            mac = MacAddress.ZERO;
        } else {
            mac = request.useRandomMac() ? state.randomMac() : ApiTypes.mac(request.macAddress());
        }
        final SimInterface created = state.interfaces().create((sw, hw) -> SimInterface.hardware(sw, hw, name,
            kind, mac, true, SimState.DEFAULT_ETHERNET_MTU, state.defaultRxMode()));
        if (!request.tag().isEmpty()) {
            state.interfaces().update(created.withTag(request.tag()));
        }
        return new TapCreateV3Reply(0, created.swIfIndex());
    }

    static TapDeleteV2Reply delete(final TapDeleteV2 request, final SimCall call) {
        final SimState state = call.state();
        final SimInterface iface = ApiTypes.requireInterface(state, request.swIfIndex());
        final SimInterface hardware = iface.isSub() ? state.interfaces().require(iface.supSwIfIndex()) : iface;
        if (!(hardware.kind() instanceof InterfaceKind.Tap)) {
            throw VppError.of(VppErrno.INVALID_SW_IF_INDEX, hardware.name() + " is not a tap interface");
        }
        state.interfaces().delete(hardware.swIfIndex());
        return new TapDeleteV2Reply(0);
    }

    static void dump(final SwInterfaceTapV2Dump request, final SimCall call,
            final Consumer<SwInterfaceTapV2Details> details) {
        for (SimInterface iface : call.state().interfaces().all()) {
            if (iface.kind() instanceof InterfaceKind.Tap tap
                    && (request.swIfIndex() == ApiTypes.NONE || request.swIfIndex() == iface.swIfIndex())) {
                details.accept(new SwInterfaceTapV2Details(iface.swIfIndex(), tap.id(), tap.txRingSize(),
                    tap.rxRingSize(), tap.hostMtu(), tap.hostMac().bytes(),
                    tap.hostIp4Prefix().map(prefix -> new Ip4Prefix(prefix.address().getAddress(), prefix.length()))
                        .orElse(new Ip4Prefix(new byte[4], 0)),
                    tap.hostIp6Prefix().map(prefix -> new Ip6Prefix(prefix.address().getAddress(), prefix.length()))
                        .orElse(new Ip6Prefix(new byte[16], 0)),
                    tap.tapFlags(), iface.name(), tap.hostIfName(), tap.hostNamespace(), tap.hostBridge()));
            }
        }
    }
}
