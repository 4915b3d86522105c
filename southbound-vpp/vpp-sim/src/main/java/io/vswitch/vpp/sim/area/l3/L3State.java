package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.sim.state.SimState;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Everything the L3 area keeps for one run: the API routes of each table, which tables the API holds a lock on,
 * the neighbours and proxy ARP. Which tables exist is the shared {@link io.vswitch.vpp.sim.state.IpTables}.
 */
final class L3State {
    /** Where FIB entry indexes start: below are the entries VPP creates at start-up. */
    private static final int FIRST_STATS_INDEX = 32;

    private final Map<Long, RouteTable> routeTables = new HashMap<>();
    private final Set<Long> apiLocked = new HashSet<>();
    private final Neighbors neighbors = new Neighbors();
    private final ProxyArpTable proxyArp = new ProxyArpTable();
    private int nextStatsIndex = FIRST_STATS_INDEX;

    /**
     * This run's L3 state.
     *
     * @param state the simulator state
     * @return the L3 state kept in it
     */
    static L3State of(final SimState state) {
        return state.extension(L3State.class, L3State::new);
    }

    private static long key(final boolean ip6, final int tableId) {
        return (ip6 ? 1L << Integer.SIZE : 0L) | tableId & 0xFFFF_FFFFL;
    }

    /**
     * The API routes of a table, created on first use.
     *
     * @param ip6 the family
     * @param tableId the table id (the table must exist)
     * @return the routes
     */
    RouteTable routes(final boolean ip6, final int tableId) {
        final Long key = key(ip6, tableId);
        RouteTable table = routeTables.get(key);
        if (table == null) {
            table = new RouteTable(this::nextStatsIndex);
            routeTables.put(key, table);
        }
        return table;
    }

    private int nextStatsIndex() {
        return nextStatsIndex++;
    }

    @Nullable RouteTable existingRoutes(final boolean ip6, final int tableId) {
        return routeTables.get(key(ip6, tableId));
    }

    void dropRoutes(final boolean ip6, final int tableId) {
        routeTables.remove(key(ip6, tableId));
    }

    boolean isApiLocked(final boolean ip6, final int tableId) {
        return apiLocked.contains(key(ip6, tableId));
    }

    void setApiLocked(final boolean ip6, final int tableId, final boolean locked) {
        if (locked) {
            apiLocked.add(key(ip6, tableId));
        } else {
            apiLocked.remove(key(ip6, tableId));
        }
    }

    Neighbors neighbors() {
        return neighbors;
    }

    ProxyArpTable proxyArp() {
        return proxyArp;
    }
}
