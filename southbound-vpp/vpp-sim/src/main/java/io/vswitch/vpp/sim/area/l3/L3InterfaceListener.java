package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.sim.state.InterfaceTable;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;

/**
 * What the L3 area does when interfaces change: admin down flushes the interface's dynamic neighbours and deletion
 * all of them ({@code ip_neighbor_interface_admin_change}, {@code ip_neighbor_add_del_sw_interface}); an interface
 * leaving a table (rebound, or deleted and so bound back to 0) releases its lock, which destroys a table the API
 * already released.
 */
final class L3InterfaceListener implements InterfaceTable.Listener {
    private final SimState state;

    L3InterfaceListener(final SimState state) {
        this.state = state;
    }

    @Override
    public void changed(final SimInterface before, final SimInterface after) {
        if (before.adminUp() && !after.adminUp()) {
            L3State.of(state).neighbors().flush(after.swIfIndex(), neighbor -> !neighbor.isStatic());
        }
        for (boolean ip6 : new boolean[] {false, true}) {
            if (before.tableId(ip6) != after.tableId(ip6)) {
                TableLifecycle.destroyIfUnlocked(state, ip6, before.tableId(ip6));
            }
        }
    }

    @Override
    public void deleted(final SimInterface deleted) {
        L3State.of(state).neighbors().flush(deleted.swIfIndex(), neighbor -> true);
        for (boolean ip6 : new boolean[] {false, true}) {
            TableLifecycle.destroyIfUnlocked(state, ip6, deleted.tableId(ip6));
        }
    }
}
