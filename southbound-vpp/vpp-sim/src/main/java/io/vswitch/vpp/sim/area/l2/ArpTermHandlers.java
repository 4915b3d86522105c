package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.l2.BdIpMac;
import io.vswitch.vpp.api.message.l2.BdIpMacAddDel;
import io.vswitch.vpp.api.message.l2.BdIpMacAddDelReply;
import io.vswitch.vpp.api.message.l2.BdIpMacDetails;
import io.vswitch.vpp.api.message.l2.BdIpMacDump;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.state.MacAddress;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code bd_ip_mac_add_del} and {@code bd_ip_mac_dump}: the ARP/ND termination table of a bridge domain. Entries
 * can be added whether or not ARP termination is on; adding an address again replaces its MAC; deleting needs the
 * same MAC ({@code UNSPECIFIED} otherwise).
 */
final class ArpTermHandlers {
    private ArpTermHandlers() {
        // handlers only
    }

    static BdIpMacAddDelReply addDel(final BdIpMacAddDel request, final SimCall call) {
        final int bdId = request.entry().bdId();
        if (bdId == 0) {
            return new BdIpMacAddDelReply(VppErrno.BD_NOT_MODIFIABLE.value());
        }
        final Optional<BridgeDomain> bd = L2State.of(call.state()).bridgeDomains().byId(bdId);
        if (bd.isEmpty()) {
            return new BdIpMacAddDelReply(VppErrno.NO_SUCH_ENTRY.value());
        }
        final InetAddress ip = ApiTypes.address(request.entry().ip());
        final MacAddress mac = MacAddress.of(request.entry().mac());
        return new BdIpMacAddDelReply(
            bd.orElseThrow().addDelIpMac(ip, mac, request.isAdd()) ? 0 : VppErrno.UNSPECIFIED.value());
    }

    static void dump(final BdIpMacDump request, final SimCall call, final Consumer<BdIpMacDetails> out) {
        final BridgeDomains bds = L2State.of(call.state()).bridgeDomains();
        if (request.bdId() == ApiTypes.NONE) {
            bds.byIndexOrder().stream().filter(bd -> bd.index() > 0).forEach(bd -> entries(bd, out));
        } else {
            bds.byId(request.bdId()).ifPresent(bd -> entries(bd, out));
        }
    }

    private static void entries(final BridgeDomain bd, final Consumer<BdIpMacDetails> out) {
        // VPP walks the IPv4 table, then the IPv6 one
        bd.ipToMac().forEach((ip, mac) -> {
            if (!(ip instanceof Inet6Address)) {
                out.accept(details(bd, ip, mac));
            }
        });
        bd.ipToMac().forEach((ip, mac) -> {
            if (ip instanceof Inet6Address) {
                out.accept(details(bd, ip, mac));
            }
        });
    }

    private static BdIpMacDetails details(final BridgeDomain bd, final InetAddress ip, final MacAddress mac) {
        return new BdIpMacDetails(new BdIpMac(bd.bdId(), ApiTypes.address(ip), mac.bytes()));
    }
}
