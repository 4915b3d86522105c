package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.l2.BridgeDomainAddDelV2;
import io.vswitch.vpp.api.message.l2.BridgeDomainAddDelV2Reply;
import io.vswitch.vpp.api.message.l2.BridgeDomainDetails;
import io.vswitch.vpp.api.message.l2.BridgeDomainDump;
import io.vswitch.vpp.api.message.l2.BridgeDomainSwIf;
import io.vswitch.vpp.api.message.l2.BridgeFlags;
import io.vswitch.vpp.api.message.l2.BridgeFlagsReply;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.SimCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code bridge_domain_add_del_v2}, {@code bridge_flags} and {@code bridge_domain_dump} as {@code l2_api.c} and
 * {@code bd_add_del} handle them.
 */
final class BridgeDomainHandlers {
    private BridgeDomainHandlers() {
        // handlers only
    }

    static BridgeDomainAddDelV2Reply addDel(final BridgeDomainAddDelV2 request, final SimCall call) {
        final BridgeDomains bds = L2State.of(call.state()).bridgeDomains();
        int bdId = request.bdId();
        if (bdId == ApiTypes.NONE && request.isAdd()) {
            bdId = bds.unusedId(call.state().random());
            if (bdId == ApiTypes.NONE) {
                return new BridgeDomainAddDelV2Reply(VppErrno.EAGAIN.value(), bdId);
            }
        }
        final int retval = request.isAdd() ? add(bds, bdId, request) : delete(bds, bdId);
        return new BridgeDomainAddDelV2Reply(retval, bdId);
    }

    private static int add(final BridgeDomains bds, final int bdId, final BridgeDomainAddDelV2 request) {
        if (bds.byId(bdId).isPresent()) {
            return VppErrno.BD_ALREADY_EXISTS.value();
        }
        if (Integer.compareUnsigned(bdId, BridgeDomains.MAX_ID) > 0) {
            return VppErrno.BD_ID_EXCEED_MAX.value();
        }
        final BridgeDomain bd = bds.create(bdId);
        final int requested = feature(request.flood(), L2Features.FLOOD)
            | feature(request.uuFlood(), L2Features.UU_FLOOD) | feature(request.forward(), L2Features.FWD)
            | feature(request.learn(), L2Features.LEARN) | feature(request.arpTerm(), L2Features.ARP_TERM)
            | feature(request.arpUfwd(), L2Features.ARP_UFWD);
        final int all = L2Features.FLOOD | L2Features.UU_FLOOD | L2Features.FWD | L2Features.LEARN
            | L2Features.ARP_TERM | L2Features.ARP_UFWD;
        if (requested != 0) {
            bd.setFlags(requested, true);
        }
        if ((all & ~requested) != 0) {
            bd.setFlags(all & ~requested, false);
        }
        bd.setMacAge(request.macAge() & 0xFF);
        bd.setTag(request.bdTag());
        return 0;
    }

    private static int feature(final boolean on, final int bit) {
        return on ? bit : 0;
    }

    private static int delete(final BridgeDomains bds, final int bdId) {
        final Optional<BridgeDomain> found = bds.byId(bdId);
        if (found.isEmpty()) {
            return VppErrno.NO_SUCH_ENTRY.value();
        }
        final BridgeDomain bd = found.orElseThrow();
        if (bd.index() == 0) {
            return VppErrno.BD_NOT_MODIFIABLE.value();
        }
        if (!bd.members().isEmpty()) {
            return VppErrno.BD_IN_USE.value();
        }
        bds.delete(bd);
        return 0;
    }

    static BridgeFlagsReply flags(final BridgeFlags request, final SimCall call) {
        if (request.bdId() == 0) {
            return new BridgeFlagsReply(VppErrno.BD_NOT_MODIFIABLE.value(), 0);
        }
        final Optional<BridgeDomain> bd = L2State.of(call.state()).bridgeDomains().byId(request.bdId());
        if (bd.isEmpty()) {
            return new BridgeFlagsReply(VppErrno.NO_SUCH_ENTRY.value(), 0);
        }
        return new BridgeFlagsReply(0,
            bd.orElseThrow().setFlags(L2Features.fromApiFlags(request.flags()), request.isSet()));
    }

    static void dump(final BridgeDomainDump request, final SimCall call, final Consumer<BridgeDomainDetails> out) {
        if (request.swIfIndex() != ApiTypes.NONE || request.bdId() == 0) {
            // VPP: filtering by interface is unimplemented, and bridge domain 0 is never shown
            return;
        }
        final BridgeDomains bds = L2State.of(call.state()).bridgeDomains();
        if (request.bdId() == ApiTypes.NONE) {
            bds.byIndexOrder().stream().filter(bd -> bd.bdId() != 0).forEach(bd -> out.accept(details(bd)));
        } else {
            bds.byId(request.bdId()).ifPresent(bd -> out.accept(details(bd)));
        }
    }

    private static BridgeDomainDetails details(final BridgeDomain bd) {
        final List<BridgeDomainSwIf> members = new ArrayList<>();
        bd.members().forEach(member -> members.add(new BridgeDomainSwIf(0, member.swIfIndex(), member.shg())));
        return new BridgeDomainDetails(bd.bdId(), bd.has(L2Features.FLOOD), bd.has(L2Features.UU_FLOOD),
            bd.has(L2Features.FWD), bd.has(L2Features.LEARN), bd.has(L2Features.ARP_TERM),
            bd.has(L2Features.ARP_UFWD), bd.macAge(), bd.tag(), bd.bviSwIfIndex(), bd.uuFwdSwIfIndex(),
            members.size(), members);
    }
}
