package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.sim.state.SimState;

/**
 * When IP tables come and go, as VPP's table locks decide: {@code ip_table_add_del} creates a table (or re-takes
 * the API's single lock on an existing one, keeping its name) and releases the API lock; interfaces bound to a
 * table hold locks of their own ({@code FIB_SOURCE_INTERFACE}), so a table the API released lives on until the last
 * interface leaves it. Table 0 is never created nor deleted. A destroyed table takes its routes with it.
 */
final class TableLifecycle {
    private TableLifecycle() {
        // static logic only
    }

    static void apiAdd(final SimState state, final boolean ip6, final int tableId, final String name) {
        if (tableId == 0) {
            return;
        }
        if (!state.ipTables().exists(ip6, tableId)) {
            state.ipTables().add(ip6, tableId, name);
        }
        L3State.of(state).setApiLocked(ip6, tableId, true);
    }

    static void apiDelete(final SimState state, final boolean ip6, final int tableId) {
        if (tableId == 0 || !state.ipTables().exists(ip6, tableId)) {
            return;
        }
        L3State.of(state).setApiLocked(ip6, tableId, false);
        destroyIfUnlocked(state, ip6, tableId);
    }

    /**
     * Destroys a table nothing holds a lock on any more.
     *
     * @param state the state
     * @param ip6 the family
     * @param tableId the table
     */
    static void destroyIfUnlocked(final SimState state, final boolean ip6, final int tableId) {
        if (tableId == 0 || L3State.of(state).isApiLocked(ip6, tableId) || !state.ipTables().exists(ip6, tableId)) {
            return;
        }
        final boolean bound = state.interfaces().all().stream().anyMatch(iface -> iface.tableId(ip6) == tableId);
        if (!bound) {
            state.ipTables().remove(ip6, tableId);
            L3State.of(state).dropRoutes(ip6, tableId);
        }
    }
}
