package io.vswitch.vpp.sim.area.interfaces;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.interfaces.IpAddressDetails;
import io.vswitch.vpp.api.message.interfaces.IpAddressDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddDelAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddDelAddressReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddressReplaceBegin;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddressReplaceBeginReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddressReplaceEnd;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddressReplaceEndReply;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.state.InterfaceAddress;
import io.vswitch.vpp.sim.state.InterfaceKind;
import io.vswitch.vpp.sim.state.InterfaceTable;
import io.vswitch.vpp.sim.state.IpPrefix;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Interface addresses as {@code ip4/ip6_add_del_interface_address} keep them: no overlapping prefixes within a
 * table (IPv4 answers ADDRESS_IN_USE, IPv6 DUPLICATE_IF_ADDRESS), several addresses of one prefix allowed on one
 * interface, deletion by address, and the mark-and-sweep of {@code sw_interface_address_replace_begin/end}.
 */
final class AddressHandlers {
    private static final int IP6_LINK_LOCAL_LENGTH = 128;

    private AddressHandlers() {
        // static handlers only
    }

    static SwInterfaceAddDelAddressReply addDel(final SwInterfaceAddDelAddress request, final SimCall call) {
        final SimState state = call.state();
        final SimInterface iface = ApiTypes.requireInterface(state, request.swIfIndex());
        if (request.delAll()) {
            state.interfaces().update(iface.withAddresses(List.of()));
            return new SwInterfaceAddDelAddressReply(0);
        }
        final IpPrefix prefix = ApiTypes.prefix(request.prefix());
        checkAddressable(iface);
        if (prefix.isIp6() && prefix.address().isLinkLocalAddress()) {
            // VPP sets (or refuses to delete) the link-local address, which is not an interface address
            if (prefix.length() != IP6_LINK_LOCAL_LENGTH) {
                throw VppError.of(VppErrno.ADDRESS_LENGTH_MISMATCH, "link-local address needs /128");
            }
            return new SwInterfaceAddDelAddressReply(0);
        }
        if (request.isAdd()) {
            add(state, iface, prefix);
        } else {
            delete(state, iface, prefix);
        }
        return new SwInterfaceAddDelAddressReply(0);
    }

    private static void checkAddressable(final SimInterface iface) {
        if (iface.swIfIndex() == InterfaceTable.LOCAL0) {
            throw VppError.of(VppErrno.UNSUPPORTED, "local0 interface doesn't support IP addressing");
        }
        if (iface.kind() instanceof InterfaceKind.SubInterface sub && !sub.exactMatch()) {
            throw VppError.of(VppErrno.UNSUPPORTED,
                "sub-interface without exact-match doesn't support IP addressing");
        }
    }

    private static void add(final SimState state, final SimInterface iface, final IpPrefix prefix) {
        final boolean ip6 = prefix.isIp6();
        final int table = iface.tableId(ip6);
        for (SimInterface other : state.interfaces().all()) {
            if (other.tableId(ip6) != table) {
                continue;
            }
            for (InterfaceAddress existing : other.addresses()) {
                final IpPrefix present = existing.prefix();
                if (existing.stale() || !present.overlaps(prefix)) {
                    continue;
                }
                // an interface may have several addresses of one prefix
                if (other.swIfIndex() == iface.swIfIndex() && present.length() == prefix.length()
                        && !present.address().equals(prefix.address())) {
                    continue;
                }
                throw VppError.of(ip6 ? VppErrno.DUPLICATE_IF_ADDRESS : VppErrno.ADDRESS_IN_USE,
                    prefix + " conflicts with " + present + " on " + other.name());
            }
        }
        final Optional<SimInterface> staleOwner = owner(state, prefix.address(), table);
        if (staleOwner.isPresent()) {
            final SimInterface owner = staleOwner.orElseThrow();
            // only stale entries are left here: re-adding one refreshes it, or moves it to this interface
            if (owner.swIfIndex() == iface.swIfIndex()) {
                state.interfaces().update(owner.withAddresses(replace(owner.addresses(), prefix.address(),
                    InterfaceAddress.of(prefix))));
                return;
            }
            state.interfaces().update(owner.withAddresses(remove(owner.addresses(), prefix.address())));
        }
        final SimInterface current = state.interfaces().require(iface.swIfIndex());
        final List<InterfaceAddress> addresses = new ArrayList<>(current.addresses());
        addresses.add(InterfaceAddress.of(prefix));
        state.interfaces().update(current.withAddresses(addresses));
    }

    private static Optional<SimInterface> owner(final SimState state, final InetAddress address, final int table) {
        final boolean ip6 = address.getAddress().length > 4;
        return state.interfaces().all().stream()
            .filter(other -> other.tableId(ip6) == table)
            .filter(other -> other.addresses().stream().anyMatch(entry -> entry.prefix().address().equals(address)))
            .findFirst();
    }

    private static void delete(final SimState state, final SimInterface iface, final IpPrefix prefix) {
        final boolean present = iface.addresses().stream()
            .anyMatch(entry -> entry.prefix().address().equals(prefix.address()));
        if (!present) {
            throw VppError.of(VppErrno.ADDRESS_NOT_FOUND_FOR_INTERFACE, prefix + " not found for interface "
                + iface.name());
        }
        state.interfaces().update(iface.withAddresses(remove(iface.addresses(), prefix.address())));
    }

    private static List<InterfaceAddress> remove(final List<InterfaceAddress> addresses, final InetAddress address) {
        return addresses.stream().filter(entry -> !entry.prefix().address().equals(address)).toList();
    }

    private static List<InterfaceAddress> replace(final List<InterfaceAddress> addresses, final InetAddress address,
            final InterfaceAddress replacement) {
        return addresses.stream()
            .map(entry -> entry.prefix().address().equals(address) ? replacement : entry)
            .toList();
    }

    static SwInterfaceAddressReplaceBeginReply replaceBegin(final SwInterfaceAddressReplaceBegin request,
            final SimCall call) {
        final InterfaceTable table = call.state().interfaces();
        for (SimInterface iface : List.copyOf(table.all())) {
            if (!iface.addresses().isEmpty()) {
                table.update(iface.withAddresses(iface.addresses().stream()
                    .map(entry -> new InterfaceAddress(entry.prefix(), true)).toList()));
            }
        }
        return new SwInterfaceAddressReplaceBeginReply(0);
    }

    static SwInterfaceAddressReplaceEndReply replaceEnd(final SwInterfaceAddressReplaceEnd request,
            final SimCall call) {
        final InterfaceTable table = call.state().interfaces();
        for (SimInterface iface : List.copyOf(table.all())) {
            if (iface.addresses().stream().anyMatch(InterfaceAddress::stale)) {
                table.update(iface.withAddresses(iface.addresses().stream()
                    .filter(entry -> !entry.stale()).toList()));
            }
        }
        return new SwInterfaceAddressReplaceEndReply(0);
    }

    static void dump(final IpAddressDump request, final SimCall call, final Consumer<IpAddressDetails> details) {
        final Optional<SimInterface> iface = call.state().interfaces().get(request.swIfIndex());
        iface.ifPresent(found -> found.addresses().stream()
            .filter(entry -> entry.prefix().isIp6() == request.isIpv6())
            .forEach(entry -> details.accept(new IpAddressDetails(found.swIfIndex(),
                ApiTypes.prefix(entry.prefix())))));
    }
}
