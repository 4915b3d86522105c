package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.l2.L2FibTableDetails;
import io.vswitch.vpp.api.message.l2.L2FibTableDump;
import io.vswitch.vpp.api.message.l2.L2fibAddDel;
import io.vswitch.vpp.api.message.l2.L2fibAddDelReply;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.state.MacAddress;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code l2fib_add_del} and {@code l2_fib_table_dump}. An entry's interface must be in bridge mode (in any bridge
 * domain, as VPP checks only the mode); a filter entry has no interface; deleting checks the interface unless the
 * request gives 0.
 */
final class L2FibHandlers {
    private L2FibHandlers() {
        // handlers only
    }

    static L2fibAddDelReply addDel(final L2fibAddDel request, final SimCall call) {
        final L2State l2 = L2State.of(call.state());
        final Optional<BridgeDomain> bd = l2.bridgeDomains().byId(request.bdId());
        if (bd.isEmpty()) {
            return new L2fibAddDelReply(VppErrno.NO_SUCH_ENTRY.value());
        }
        final L2Fib.Key key = new L2Fib.Key(bd.orElseThrow().index(), MacAddress.of(request.mac()));
        if (!request.isAdd()) {
            return new L2fibAddDelReply(
                l2.fib().delete(key, request.swIfIndex()) ? 0 : VppErrno.NO_SUCH_ENTRY.value());
        }
        if (request.filterMac()) {
            l2.fib().add(key, new L2Fib.Entry(ApiTypes.NONE, true, true, false));
            return new L2fibAddDelReply(0);
        }
        final int swIfIndex = ApiTypes.requireInterface(call.state(), request.swIfIndex()).swIfIndex();
        if (!(l2.port(swIfIndex).orElse(null) instanceof L2Port.Bridged)) {
            return new L2fibAddDelReply(VppErrno.INVALID_SW_IF_INDEX.value());
        }
        l2.fib().add(key, new L2Fib.Entry(swIfIndex, request.staticMac(), false, request.bviMac()));
        return new L2fibAddDelReply(0);
    }

    static void dump(final L2FibTableDump request, final SimCall call, final Consumer<L2FibTableDetails> out) {
        final L2State l2 = L2State.of(call.state());
        final int bdIndex;
        if (request.bdId() == ApiTypes.NONE) {
            bdIndex = ApiTypes.NONE;
        } else {
            final Optional<BridgeDomain> bd = l2.bridgeDomains().byId(request.bdId());
            if (bd.isEmpty()) {
                return;
            }
            bdIndex = bd.orElseThrow().index();
        }
        l2.fib().forEach(bdIndex, (key, entry) -> out.accept(new L2FibTableDetails(
            l2.bridgeDomains().idOfIndex(key.bdIndex()), key.mac().bytes(), entry.swIfIndex(), entry.staticMac(),
            entry.filter(), entry.bvi())));
    }
}
