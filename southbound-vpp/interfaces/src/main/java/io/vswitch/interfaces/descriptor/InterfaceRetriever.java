package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.interfaces.item.AfPacketType;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceSettings;
import io.vswitch.interfaces.item.InterfaceType;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.interfaces.item.LoopbackType;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.interfaces.item.MemifMode;
import io.vswitch.interfaces.item.MemifRole;
import io.vswitch.interfaces.item.MemifType;
import io.vswitch.interfaces.item.RxMode;
import io.vswitch.interfaces.item.SubInterfaceType;
import io.vswitch.interfaces.item.TapType;
import io.vswitch.interfaces.item.VxlanType;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.vpp.api.client.VppIncompatibleMessageException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.message.afpacket.AfPacketDetails;
import io.vswitch.vpp.api.message.afpacket.AfPacketDump;
import io.vswitch.vpp.api.message.interfaces.IpAddressDetails;
import io.vswitch.vpp.api.message.interfaces.IpAddressDump;
import io.vswitch.vpp.api.message.interfaces.IpUnnumberedDetails;
import io.vswitch.vpp.api.message.interfaces.IpUnnumberedDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceGetTable;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceGetTableReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceRxPlacementDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceRxPlacementDump;
import io.vswitch.vpp.api.message.memif.MemifDetails;
import io.vswitch.vpp.api.message.memif.MemifDump;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameDetails;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameDump;
import io.vswitch.vpp.api.message.tap.SwInterfaceTapV2Details;
import io.vswitch.vpp.api.message.tap.SwInterfaceTapV2Dump;
import io.vswitch.vpp.api.message.vxlan.VxlanTunnelV2Details;
import io.vswitch.vpp.api.message.vxlan.VxlanTunnelV2Dump;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One retrieval of a node's interfaces: {@code sw_interface_dump} and the per-kind dumps in parallel, then for each
 * tagged interface its addresses ({@code ip_address_dump}) and tables ({@code sw_interface_get_table}), all in
 * flight at once. Tagged interfaces are ours, keyed by their tag; untagged ones (VPP's own, or another agent's) are
 * not returned, so they are never touched. The MTU and MAC are reported only where the desired interface sets them
 * (their items have no delete call: what VPP has is kept), and so is the rx-mode ({@code
 * sw_interface_rx_placement_dump}; one mode when all queues share it, else none, which makes resync set it again);
 * unnumbered settings ({@code ip_unnumbered_dump}) are reported when they borrow from one of our interfaces.
 */
final class InterfaceRetriever {
    private static final int FLAG_ADMIN_UP = 1;
    private static final String LOOPBACK_DEVICE = "Loopback";

    private final VppSession vpp;
    private final String node;
    private final Map<ItemKey, Object> desired;

    InterfaceRetriever(final VppSession vpp, final String node, final Map<ItemKey, Object> desired) {
        this.vpp = vpp;
        this.node = node;
        this.desired = desired;
    }

    CompletionStage<List<RetrievedItem<InterfaceItem>>> retrieve() {
        final var interfaces = vpp.dump(new SwInterfaceDump(VppCalls.NONE, false, ""));
        final var memifs = byIndex(optional(new MemifDump()), MemifDetails::swIfIndex);
        final var sockets = optional(new MemifSocketFilenameDump()).thenApply(list -> list.stream()
            .collect(Collectors.toMap(MemifSocketFilenameDetails::socketId,
                MemifSocketFilenameDetails::socketFilename, (first, second) -> first)));
        final var afPackets = byIndex(optional(new AfPacketDump()), AfPacketDetails::swIfIndex);
        final var taps = byIndex(optional(new SwInterfaceTapV2Dump(VppCalls.NONE)), SwInterfaceTapV2Details::swIfIndex);
        final var vxlans = byIndex(optional(new VxlanTunnelV2Dump(VppCalls.NONE)), VxlanTunnelV2Details::swIfIndex);
        final var rxModes = optional(new SwInterfaceRxPlacementDump(VppCalls.NONE)).thenApply(queues ->
            queues.stream().collect(Collectors.groupingBy(SwInterfaceRxPlacementDetails::swIfIndex,
                Collectors.mapping(SwInterfaceRxPlacementDetails::mode, Collectors.toSet()))));
        final var unnumbered = byIndex(optional(new IpUnnumberedDump(VppCalls.NONE)), IpUnnumberedDetails::swIfIndex);
        return CompletableFuture.allOf(interfaces, memifs, sockets, afPackets, taps, vxlans, rxModes, unnumbered)
            .thenCompose(all -> new Kinds(memifs.join(), sockets.join(), afPackets.join(), taps.join(),
                vxlans.join(), new Borrowed(rxModes.join(), unnumbered.join())).complete(interfaces.join()));
    }

    /**
     * Per interface index: the rx-modes of its queues, and the index it borrows its addresses from.
     */
    private record Borrowed(Map<Integer, Set<Integer>> rxModes, Map<Integer, IpUnnumberedDetails> unnumbered) {
        @Nullable RxMode rxModeOf(final int index) {
            final Set<Integer> modes = rxModes.get(index);
            return modes == null || modes.size() != 1 ? null
                : RxMode.ofApi(modes.iterator().next()).orElse(null);
        }

        @Nullable String unnumberedOf(final int index, final Map<Integer, SwInterfaceDetails> byIndex) {
            final IpUnnumberedDetails borrowed = unnumbered.get(index);
            final SwInterfaceDetails lender = borrowed == null ? null : byIndex.get(borrowed.ipSwIfIndex());
            // only a lender of ours has a name in the configuration
            return lender == null || lender.tag().isEmpty() ? null : lender.tag();
        }
    }

    /**
     * The per-kind details, to tell each interface's kind and parameters.
     */
    private final class Kinds {
        private final Map<Integer, MemifDetails> memifs;
        private final Map<Integer, String> sockets;
        private final Map<Integer, AfPacketDetails> afPackets;
        private final Map<Integer, SwInterfaceTapV2Details> taps;
        private final Map<Integer, VxlanTunnelV2Details> vxlans;
        private final Borrowed borrowed;

        Kinds(final Map<Integer, MemifDetails> memifs, final Map<Integer, String> sockets,
                final Map<Integer, AfPacketDetails> afPackets, final Map<Integer, SwInterfaceTapV2Details> taps,
                final Map<Integer, VxlanTunnelV2Details> vxlans, final Borrowed borrowed) {
            this.memifs = memifs;
            this.sockets = sockets;
            this.afPackets = afPackets;
            this.taps = taps;
            this.vxlans = vxlans;
            this.borrowed = borrowed;
        }

        CompletableFuture<List<RetrievedItem<InterfaceItem>>> complete(final List<SwInterfaceDetails> all) {
            final Map<Integer, SwInterfaceDetails> byIndex = new HashMap<>();
            all.forEach(details -> byIndex.put(details.swIfIndex(), details));
            final List<CompletableFuture<RetrievedItem<InterfaceItem>>> items = new ArrayList<>();
            for (SwInterfaceDetails details : all) {
                if (details.tag().isEmpty()) {
                    continue;
                }
                final InterfaceType type = typeOf(details, byIndex);
                if (type != null) {
                    items.add(item(details, type, borrowed.rxModeOf(details.swIfIndex()),
                        borrowed.unnumberedOf(details.swIfIndex(), byIndex)));
                }
            }
            return CompletableFuture.allOf(items.toArray(CompletableFuture[]::new))
                .thenApply(done -> items.stream().map(CompletableFuture::join).toList());
        }

        private @Nullable InterfaceType typeOf(final SwInterfaceDetails details,
                final Map<Integer, SwInterfaceDetails> byIndex) {
            final int index = details.swIfIndex();
            if (details.supSwIfIndex() != index) {
                final SwInterfaceDetails parent = byIndex.get(details.supSwIfIndex());
                return parent == null || parent.tag().isEmpty() ? null
                    : new SubInterfaceType(parent.tag(), details.subId(), details.subOuterVlanId());
            }
            final MemifDetails memif = memifs.get(index);
            if (memif != null) {
                final String socket = sockets.get(memif.socketId());
                return socket == null ? null : new MemifType(socket, memif.id(), MemifRole.ofApi(memif.role()),
                    MemifMode.ofApi(memif.mode()), memif.ringSize(), memif.bufferSize(), 0, 0, null);
            }
            final AfPacketDetails afPacket = afPackets.get(index);
            if (afPacket != null) {
                return new AfPacketType(afPacket.hostIfName());
            }
            final SwInterfaceTapV2Details tap = taps.get(index);
            if (tap != null) {
                return new TapType(tap.hostIfName(), tap.hostNamespace().isEmpty() ? null : tap.hostNamespace(),
                    tap.rxRingSz(), tap.txRingSz());
            }
            final VxlanTunnelV2Details vxlan = vxlans.get(index);
            if (vxlan != null) {
                return new VxlanType(VppCalls.address(vxlan.srcAddress()), VppCalls.address(vxlan.dstAddress()),
                    vxlan.vni(), vxlan.encapVrfId());
            }
            if (LOOPBACK_DEVICE.equals(details.interfaceDevType()) || details.interfaceName().startsWith("loop")) {
                return new LoopbackType();
            }
            // tagged, but of a kind this area does not create: not ours to manage
            return null;
        }
    }

    private CompletableFuture<RetrievedItem<InterfaceItem>> item(final SwInterfaceDetails details,
            final InterfaceType type, final @Nullable RxMode rxMode, final @Nullable String unnumbered) {
        final int index = details.swIfIndex();
        final String name = details.tag();
        final ItemKey key = InterfaceKeys.interfaceKey(node, name);
        final var ip4 = vpp.dump(new IpAddressDump(index, false));
        final var ip6 = vpp.dump(new IpAddressDump(index, true));
        final var table4 = vpp.call(new SwInterfaceGetTable(index, false));
        final var table6 = vpp.call(new SwInterfaceGetTable(index, true));
        return CompletableFuture.allOf(ip4, ip6, table4, table6).thenApply(done -> {
            final List<IpPrefix> addresses = new ArrayList<>();
            for (IpAddressDetails address : ip4.join()) {
                addresses.add(VppCalls.prefix(address.prefix()));
            }
            for (IpAddressDetails address : ip6.join()) {
                addresses.add(VppCalls.prefix(address.prefix()));
            }
            final InterfaceSettings wanted = desired.get(key) instanceof InterfaceItem item ? item.settings() : null;
            final boolean reportMtu = wanted != null && wanted.mtu() != null;
            final boolean reportMac = wanted != null && wanted.mac() != null;
            final boolean reportRxMode = wanted != null && wanted.rxMode() != null;
            final InterfaceSettings settings = new InterfaceSettings((details.flags() & FLAG_ADMIN_UP) != 0,
                reportMtu ? Integer.valueOf(details.mtu()[0]) : null,
                reportMac ? MacAddress.of(details.l2Address()) : null,
                addresses, tableOf(table4.join()), tableOf(table6.join()), unnumbered, reportRxMode ? rxMode : null);
            return RetrievedItem.owned(key, new InterfaceItem(name, type, settings),
                Metadata.of(InterfaceMetadata.SW_IF_INDEX, index));
        });
    }

    private static int tableOf(final SwInterfaceGetTableReply reply) {
        return reply.vrfId();
    }

    /**
     * A per-kind dump; empty when this VPP lacks the plugin (the message is not in its table).
     */
    private <D extends VppDetails> CompletableFuture<List<D>> optional(final VppDump<D> dump) {
        return vpp.dump(dump).exceptionallyCompose(error -> {
            final Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error;
            return cause instanceof VppIncompatibleMessageException ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.failedFuture(cause);
        });
    }

    private static <D> CompletableFuture<Map<Integer, D>> byIndex(final CompletableFuture<List<D>> list,
            final Function<D, Integer> index) {
        return list.thenApply(details -> details.stream()
            .collect(Collectors.toMap(index, Function.identity(), (first, second) -> first)));
    }
}
