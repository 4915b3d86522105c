package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.l3.IpNeighbor;
import io.vswitch.vpp.api.message.l3.IpNeighborAddDel;
import io.vswitch.vpp.api.message.l3.IpNeighborAddDelReply;
import io.vswitch.vpp.api.message.l3.IpNeighborDetails;
import io.vswitch.vpp.api.message.l3.IpNeighborDump;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.state.MacAddress;
import java.net.InetAddress;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code ip_neighbor_add_del} and {@code ip_neighbor_dump} ({@code ip_neighbor_api.c}, {@code ip_neighbor.c}).
 * Without the static flag a neighbour is dynamic. The reply's {@code stats_index} is the neighbour's adjacency
 * ({@code ~0} without a FIB entry, and for deletes and errors). A dynamic add over a static neighbour with another
 * MAC answers -2, VPP's literal. The dump's {@code age} is the seconds since the neighbour was last added or changed
 * (VPP's {@code clib_host_to_net_f64} does not swap: host order, like every f64).
 */
final class NeighborHandlers {
    private static final double NANOS_PER_SECOND = 1e9;

    private NeighborHandlers() {
        // handlers only
    }

    static IpNeighborAddDelReply addDel(final IpNeighborAddDel request, final SimCall call) {
        final IpNeighbor neighbor = request.neighbor();
        try {
            final int swIfIndex = ApiTypes.requireInterface(call.state(), neighbor.swIfIndex()).swIfIndex();
            final InetAddress ip = ApiTypes.address(neighbor.ipAddress());
            final Neighbors neighbors = L3State.of(call.state()).neighbors();
            if (!request.isAdd()) {
                return new IpNeighborAddDelReply(neighbors.delete(swIfIndex, ip) ? 0 : VppErrno.NO_SUCH_ENTRY.value(),
                    ApiTypes.NONE);
            }
            final Optional<Neighbor> added = neighbors.add(swIfIndex, ip, MacAddress.of(neighbor.macAddress()),
                (neighbor.flags() & Neighbor.API_STATIC) != 0, (neighbor.flags() & Neighbor.API_NO_FIB_ENTRY) != 0);
            return added.map(entry -> new IpNeighborAddDelReply(0, entry.adjIndex()))
                .orElseGet(() -> new IpNeighborAddDelReply(Neighbors.REFUSED_OVER_STATIC, ApiTypes.NONE));
        } catch (VppError e) {
            return new IpNeighborAddDelReply(e.retval(), ApiTypes.NONE);
        }
    }

    static void dump(final IpNeighborDump request, final SimCall call, final Consumer<IpNeighborDetails> out) {
        if (request.af() != ApiTypes.AF_IP4 && request.af() != ApiTypes.AF_IP6) {
            return;
        }
        final long now = System.nanoTime();
        for (Neighbor neighbor : L3State.of(call.state()).neighbors()
                .select(request.af() == ApiTypes.AF_IP6, request.swIfIndex())) {
            final double age = (now - neighbor.updatedNanos()) / NANOS_PER_SECOND;
            out.accept(new IpNeighborDetails(age, new IpNeighbor(neighbor.swIfIndex(),
                neighbor.apiFlags(), neighbor.mac().bytes(), ApiTypes.address(neighbor.ip()))));
        }
    }
}
