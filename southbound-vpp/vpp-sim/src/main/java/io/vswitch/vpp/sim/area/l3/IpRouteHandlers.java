package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.l3.IpRouteAddDel;
import io.vswitch.vpp.api.message.l3.IpRouteAddDelReply;
import io.vswitch.vpp.api.message.l3.IpRouteDetails;
import io.vswitch.vpp.api.message.l3.IpRouteDump;
import io.vswitch.vpp.api.message.types.FibPath;
import io.vswitch.vpp.api.message.types.Prefix;
import io.vswitch.vpp.sim.area.ApiTypes;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.state.SimState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code ip_route_add_del} ({@code ip_route_add_del_t_handler} and {@code fib_api_route_add_del}) and
 * {@code ip_route_dump}. Retvals as VPP: NO_SUCH_FIB for a missing table (route or next hop),
 * NO_MATCHING_INTERFACE for a path via a missing interface, INVALID_PREFIX_LENGTH, NO_PATHS_IN_ROUTE for an add
 * (or any multipath request) without paths; deleting a route or path that does not exist succeeds. The reply's
 * {@code stats_index} is the entry's index after an add, {@code ~0} otherwise. Constant work per request.
 */
final class IpRouteHandlers {
    private IpRouteHandlers() {
        // handlers only
    }

    static IpRouteAddDelReply addDel(final IpRouteAddDel request, final SimCall call) {
        try {
            return new IpRouteAddDelReply(0, apply(request, call.state()));
        } catch (VppError e) {
            return new IpRouteAddDelReply(e.retval(), ApiTypes.NONE);
        }
    }

    private static int apply(final IpRouteAddDel request, final SimState state) {
        final IpRoute route = request.route();
        final Prefix apiPrefix = route.prefix();
        final int af = apiPrefix.address().af();
        if (af != ApiTypes.AF_IP4 && af != ApiTypes.AF_IP6) {
            throw VppError.of(VppErrno.INVALID_ADDRESS_FAMILY, "address family " + af);
        }
        final boolean ip6 = af == ApiTypes.AF_IP6;
        if (!state.ipTables().exists(ip6, route.tableId())) {
            throw VppError.of(VppErrno.NO_SUCH_FIB, "table " + Integer.toUnsignedString(route.tableId()));
        }
        final PathDecoder decoder = new PathDecoder(state);
        final List<FibPath> apiPaths = route.paths();
        final List<PathDecoder.Decoded> decoded = new ArrayList<>(apiPaths.size());
        boolean local = false;
        for (FibPath apiPath : apiPaths) {
            final PathDecoder.Decoded path = decoder.decode(apiPath);
            local |= path.makesEntryLocal();
            decoded.add(path);
        }
        final IpBits address = IpBits.of(apiPrefix.address().un(), ip6);
        if (apiPrefix.len() > address.width()) {
            throw VppError.of(VppErrno.INVALID_PREFIX_LENGTH, "prefix length " + apiPrefix.len());
        }
        final RoutePrefix prefix = new RoutePrefix(address, apiPrefix.len());
        final RoutePrefix key = prefix.key();
        final RouteTable table = L3State.of(state).routes(ip6, route.tableId());
        if (request.isMultipath() || request.isAdd()) {
            if (decoded.isEmpty()) {
                throw VppError.of(VppErrno.NO_PATHS_IN_ROUTE, prefix.toString());
            }
        }
        if (!request.isAdd()) {
            if (request.isMultipath()) {
                final ApiRoute existing = table.get(key);
                if (existing != null) {
                    table.removePaths(key, PathDecoder.create(prefix, decoded, existing.local()));
                }
            } else {
                table.delete(key);
            }
            return ApiTypes.NONE;
        }
        final List<RoutePath> paths = PathDecoder.create(prefix, decoded, local);
        boolean entryLocal = local;
        for (RoutePath path : paths) {
            entryLocal |= path.kind() == PathKind.RECEIVE;
        }
        final ApiRoute added = request.isMultipath() ? table.addPaths(key, prefix, paths, entryLocal)
            : table.update(key, prefix, paths, entryLocal);
        return added.statsIndex();
    }

    static void dump(final IpRouteDump request, final SimCall call, final Consumer<IpRouteDetails> out) {
        final boolean ip6 = request.table().isIp6();
        final int tableId = request.table().tableId();
        if (!call.state().ipTables().exists(ip6, tableId)) {
            return;
        }
        final List<FibEntryView> entries = FibView.entries(call.state(), ip6, tableId);
        entries.sort((a, b) -> RoutePrefix.BY_LENGTH.compare(a.prefix(), b.prefix()));
        for (FibEntryView entry : entries) {
            final List<FibPath> paths = new ArrayList<>(entry.paths().size());
            entry.paths().forEach(path -> paths.add(path.toApi()));
            out.accept(new IpRouteDetails(new IpRoute(tableId, entry.statsIndex(), entry.prefix().toApi(),
                paths.size(), paths)));
        }
    }
}
