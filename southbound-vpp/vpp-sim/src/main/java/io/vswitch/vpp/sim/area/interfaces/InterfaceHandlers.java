package io.vswitch.vpp.sim.area.interfaces;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.CreateLoopbackReply;
import io.vswitch.vpp.api.message.interfaces.CreateSubif;
import io.vswitch.vpp.api.message.interfaces.CreateSubifReply;
import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.DeleteLoopbackReply;
import io.vswitch.vpp.api.message.interfaces.DeleteSubif;
import io.vswitch.vpp.api.message.interfaces.DeleteSubifReply;
import io.vswitch.vpp.api.message.interfaces.IpUnnumberedDetails;
import io.vswitch.vpp.api.message.interfaces.IpUnnumberedDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceGetTable;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceGetTableReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceRxPlacementDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceRxPlacementDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlagsReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMacAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMacAddressReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMtu;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMtuReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetRxMode;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetRxModeReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTable;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTableReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetUnnumbered;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetUnnumberedReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceTagAddDel;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceTagAddDelReply;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.state.InterfaceKind;
import io.vswitch.vpp.sim.state.InterfaceTable;
import io.vswitch.vpp.sim.state.MacAddress;
import io.vswitch.vpp.sim.state.Mtu;
import io.vswitch.vpp.sim.state.RxMode;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The handlers of {@code interface.api}'s messages (addresses aside), with VPP's checks and return values
 * ({@code vnet/interface_api.c}, {@code vnet/ethernet/interface.c}).
 */
final class InterfaceHandlers {
    /**
     * {@code sw_interface_rx_placement_dump}: queue 0 on the main thread, in its mode, of each interface with rx
     * queues (none for loopbacks and sub-interfaces); one interface, or all for {@code ~0}.
     */
    static void rxPlacementDump(final SwInterfaceRxPlacementDump request, final SimCall call,
            final Consumer<SwInterfaceRxPlacementDetails> details) {
        for (SimInterface iface : selected(call.state(), request.swIfIndex())) {
            if (iface.kind().hasRxQueues()) {
                details.accept(new SwInterfaceRxPlacementDetails(iface.swIfIndex(), 0, 0, iface.rxMode().apiValue()));
            }
        }
    }

    /**
     * {@code ip_unnumbered_dump}: each unnumbered interface and the one it borrows from; one, or all for {@code ~0}.
     */
    static void unnumberedDump(final IpUnnumberedDump request, final SimCall call,
            final Consumer<IpUnnumberedDetails> details) {
        for (SimInterface iface : selected(call.state(), request.swIfIndex())) {
            if (iface.isUnnumbered()) {
                details.accept(new IpUnnumberedDetails(iface.swIfIndex(), iface.unnumberedOf()));
            }
        }
    }

    private static Collection<SimInterface> selected(final SimState state, final int swIfIndex) {
        return swIfIndex == ApiTypes.NONE ? state.interfaces().all()
            : state.interfaces().get(swIfIndex).map(List::of).orElse(List.of());
    }

    /** VPP's {@code LOOPBACK_MAX_INSTANCE}. */
    static final int LOOPBACK_MAX_INSTANCE = 16 * 1024;
    private static final int MTU_PROTOCOLS = 4;

    private InterfaceHandlers() {
        // static handlers only
    }

    static SwInterfaceSetFlagsReply setFlags(final SwInterfaceSetFlags request, final SimCall call) {
        final SimInterface iface = ApiTypes.requireInterface(call.state(), request.swIfIndex());
        call.state().interfaces().update(iface.withAdminUp((request.flags() & ApiTypes.FLAG_ADMIN_UP) != 0));
        return new SwInterfaceSetFlagsReply(0);
    }

    static SwInterfaceSetMtuReply setMtu(final SwInterfaceSetMtu request, final SimCall call) {
        final SimInterface iface = ApiTypes.requireInterface(call.state(), request.swIfIndex());
        final int[] mtu = request.mtu();
        if (mtu.length != MTU_PROTOCOLS) {
            throw VppError.of(VppErrno.INVALID_VALUE, "mtu needs 4 values");
        }
        // vnet_sw_interface_set_protocol_mtu takes the four values as they are: no range check, 0 clears
        call.state().interfaces().update(iface.withMtu(new Mtu(mtu[0], mtu[1], mtu[2], mtu[3])));
        return new SwInterfaceSetMtuReply(0);
    }

    static SwInterfaceSetMacAddressReply setMacAddress(final SwInterfaceSetMacAddress request, final SimCall call) {
        final InterfaceTable table = call.state().interfaces();
        final SimInterface iface = ApiTypes.requireInterface(call.state(), request.swIfIndex());
        // the MAC belongs to the hardware interface: a sub-interface changes its parent's
        final SimInterface hardware = iface.isSub() ? table.require(iface.supSwIfIndex()) : iface;
        if (hardware.mac().isZero()) {
            throw VppError.of(VppErrno.UNIMPLEMENTED, hardware.name() + " has no Ethernet address");
        }
        final MacAddress mac = ApiTypes.mac(request.macAddress());
        table.update(hardware.withMac(mac));
        return new SwInterfaceSetMacAddressReply(0);
    }

    static SwInterfaceTagAddDelReply tagAddDel(final SwInterfaceTagAddDel request, final SimCall call) {
        final SimInterface iface = ApiTypes.requireInterface(call.state(), request.swIfIndex());
        if (request.isAdd() && request.tag().isEmpty()) {
            throw VppError.of(VppErrno.INVALID_VALUE, "empty tag");
        }
        call.state().interfaces().update(iface.withTag(request.isAdd() ? request.tag() : ""));
        return new SwInterfaceTagAddDelReply(0);
    }

    static SwInterfaceSetRxModeReply setRxMode(final SwInterfaceSetRxMode request, final SimCall call) {
        final SimState state = call.state();
        final SimInterface iface = ApiTypes.requireInterface(state, request.swIfIndex());
        if (iface.isSub()) {
            throw VppError.of(VppErrno.INVALID_VALUE, "rx-mode of a sub-interface");
        }
        RxMode mode = RxMode.ofApi(request.mode());
        if (mode == RxMode.DEFAULT) {
            mode = state.defaultRxMode();
        }
        // set_hw_interface_change_rx_mode fails (UNIMPLEMENTED) without queues, with a bad queue or mode
        if (!iface.kind().hasRxQueues() || mode == RxMode.UNKNOWN
                || request.queueIdValid() && Integer.compareUnsigned(request.queueId(), rxQueues(iface)) >= 0) {
            throw VppError.of(VppErrno.UNIMPLEMENTED, "cannot set rx-mode " + mode + " on " + iface.name());
        }
        state.interfaces().update(iface.withRxMode(mode));
        return new SwInterfaceSetRxModeReply(0);
    }

    private static int rxQueues(final SimInterface iface) {
        if (iface.kind() instanceof InterfaceKind.Memif memif) {
            return Math.max(1, memif.rxQueues());
        }
        if (iface.kind() instanceof InterfaceKind.AfPacket afPacket) {
            return Math.max(1, afPacket.numRxQueues());
        }
        if (iface.kind() instanceof InterfaceKind.Tap tap) {
            return Math.max(1, tap.numRxQueues());
        }
        return 0;
    }

    static SwInterfaceSetTableReply setTable(final SwInterfaceSetTable request, final SimCall call) {
        final SimState state = call.state();
        final SimInterface iface = ApiTypes.requireInterface(state, request.swIfIndex());
        final boolean ip6 = request.isIpv6();
        if (!state.ipTables().exists(ip6, request.vrfId())) {
            throw VppError.of(VppErrno.NO_SUCH_FIB, "no " + (ip6 ? "IPv6" : "IPv4") + " table "
                + Integer.toUnsignedString(request.vrfId()));
        }
        // ip_table_bind: a change of VRF is refused while the interface (or its unnumbered source) has addresses
        final SimInterface addressSource = iface.isUnnumbered()
            ? state.interfaces().get(iface.unnumberedOf()).orElse(iface) : iface;
        if (addressSource.addresses().stream().anyMatch(address -> address.prefix().isIp6() == ip6)) {
            throw VppError.of(VppErrno.ADDRESS_FOUND_FOR_INTERFACE, iface.name() + " has addresses");
        }
        state.interfaces().update(iface.withTable(ip6, request.vrfId()));
        return new SwInterfaceSetTableReply(0);
    }

    static SwInterfaceGetTableReply getTable(final SwInterfaceGetTable request, final SimCall call) {
        final SimInterface iface = call.state().interfaces().get(request.swIfIndex()).orElse(null);
        if (iface == null) {
            return new SwInterfaceGetTableReply(VppErrno.INVALID_SW_IF_INDEX.value(), ApiTypes.NONE);
        }
        return new SwInterfaceGetTableReply(0, iface.tableId(request.isIpv6()));
    }

    static SwInterfaceSetUnnumberedReply setUnnumbered(final SwInterfaceSetUnnumbered request,
            final SimCall call) {
        final InterfaceTable table = call.state().interfaces();
        // the field names are backwards: sw_if_index has the address, unnumbered_sw_if_index borrows it
        final SimInterface borrower = table.get(request.unnumberedSwIfIndex()).orElseThrow(() ->
            VppError.of(VppErrno.INVALID_SW_IF_INDEX, "no unnumbered interface"));
        if (request.isAdd()) {
            final SimInterface source = table.get(request.swIfIndex()).orElseThrow(() ->
                VppError.of(VppErrno.INVALID_SW_IF_INDEX_2, "no source interface"));
            if (borrower.ip4TableId() != source.ip4TableId() || borrower.ip6TableId() != source.ip6TableId()) {
                throw VppError.of(VppErrno.UNEXPECTED_INTF_STATE, "tables differ");
            }
            table.update(borrower.withUnnumberedOf(source.swIfIndex()));
        } else if (borrower.isUnnumbered()) {
            table.update(borrower.withUnnumberedOf(SimInterface.NOT_UNNUMBERED));
        }
        return new SwInterfaceSetUnnumberedReply(0);
    }

    static CreateLoopbackReply createLoopback(final CreateLoopback request, final SimCall call) {
        final InterfaceTable table = call.state().interfaces();
        final LoopbackInstances instances = call.state().extension(LoopbackInstances.class, LoopbackInstances::new);
        final int instance = instances.lowestFree();
        if (instance >= LOOPBACK_MAX_INSTANCE) {
            return new CreateLoopbackReply(VppErrno.INVALID_REGISTRATION.value(), ApiTypes.NONE);
        }
        final MacAddress requested = ApiTypes.mac(request.macAddress());
        // dead:0000:00NN, the instance in the last byte, unless a MAC was given
        final MacAddress mac = requested.isZero() ? new MacAddress(0xDEAD_0000_0000L | instance & 0xFF) : requested;
        final int loopInstance = instance;
        final SimInterface created = table.create((sw, hw) -> SimInterface.hardware(sw, hw, "loop" + loopInstance,
            new InterfaceKind.Loopback(loopInstance), mac, true, SimState.DEFAULT_ETHERNET_MTU, RxMode.UNKNOWN));
        instances.take(instance);
        return new CreateLoopbackReply(0, created.swIfIndex());
    }

    static DeleteLoopbackReply deleteLoopback(final DeleteLoopback request, final SimCall call) {
        final InterfaceTable table = call.state().interfaces();
        final SimInterface iface = ApiTypes.requireInterface(call.state(), request.swIfIndex());
        // vnet_delete_loopback_interface works on the sup hardware interface
        final SimInterface hardware = iface.isSub() ? table.require(iface.supSwIfIndex()) : iface;
        if (!(hardware.kind() instanceof InterfaceKind.Loopback)) {
            throw VppError.of(VppErrno.INVALID_SW_IF_INDEX, hardware.name() + " is not a loopback");
        }
        table.delete(hardware.swIfIndex());
        call.state().extension(LoopbackInstances.class, LoopbackInstances::new)
            .release(((InterfaceKind.Loopback) hardware.kind()).instance());
        return new DeleteLoopbackReply(0);
    }

    static CreateSubifReply createSubif(final CreateSubif request, final SimCall call) {
        final InterfaceTable table = call.state().interfaces();
        final SimInterface parent = table.get(request.swIfIndex()).orElse(null);
        if (parent == null) {
            return new CreateSubifReply(VppErrno.INVALID_SW_IF_INDEX.value(), ApiTypes.NONE);
        }
        final SimInterface hardware = parent.isSub() ? table.require(parent.supSwIfIndex()) : parent;
        final boolean exists = table.subInterfacesOf(hardware.swIfIndex()).stream()
            .anyMatch(sub -> ((InterfaceKind.SubInterface) sub.kind()).subId() == request.subId());
        if (exists) {
            return new CreateSubifReply(VppErrno.VLAN_ALREADY_EXISTS.value(), ApiTypes.NONE);
        }
        final SimInterface created = table.createSub(hardware.swIfIndex(), new InterfaceKind.SubInterface(
            request.subId(), request.outerVlanId(), request.innerVlanId(), request.subIfFlags()));
        return new CreateSubifReply(0, created.swIfIndex());
    }

    static DeleteSubifReply deleteSubif(final DeleteSubif request, final SimCall call) {
        final SimInterface iface = ApiTypes.requireInterface(call.state(), request.swIfIndex());
        if (!iface.isSub()) {
            throw VppError.of(VppErrno.INVALID_SUB_SW_IF_INDEX, iface.name() + " is not a sub-interface");
        }
        call.state().interfaces().delete(iface.swIfIndex());
        return new DeleteSubifReply(0);
    }

    static void dump(final SwInterfaceDump request, final SimCall call,
            final Consumer<SwInterfaceDetails> details) {
        final SimState state = call.state();
        final int swIfIndex = request.swIfIndex();
        // one interface only when asked by index without a name filter; index 0 (local0) means all, as ~0 does
        if (!request.nameFilterValid() && swIfIndex != ApiTypes.NONE && swIfIndex != 0) {
            state.interfaces().get(swIfIndex)
                .ifPresent(iface -> details.accept(InterfaceDetailsMapper.details(state, iface)));
            return;
        }
        final String filter = request.nameFilterValid() ? request.nameFilter().toLowerCase(Locale.ROOT) : null;
        for (SimInterface iface : state.interfaces().all()) {
            if (filter == null || iface.name().toLowerCase(Locale.ROOT).contains(filter)) {
                details.accept(InterfaceDetailsMapper.details(state, iface));
            }
        }
    }
}
