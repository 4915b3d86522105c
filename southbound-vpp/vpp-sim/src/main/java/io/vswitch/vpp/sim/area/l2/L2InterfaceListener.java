package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.sim.state.InterfaceTable;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;

/**
 * What the L2 area does when interfaces change: {@code l2_input_interface_add_del} on deletion (a cross-connected
 * interface takes its output interface back to L3 with it, then leaves L2 itself) and
 * {@code l2input_interface_mac_change} when a BVI's MAC changes.
 */
final class L2InterfaceListener implements InterfaceTable.Listener {
    private final SimState state;

    L2InterfaceListener(final SimState state) {
        this.state = state;
    }

    @Override
    public void changed(final SimInterface before, final SimInterface after) {
        if (!before.mac().equals(after.mac())) {
            new L2Modes(L2State.of(state)).macChanged(before, after);
        }
    }

    @Override
    public void deleted(final SimInterface deleted) {
        final L2State l2 = L2State.of(state);
        final L2Modes modes = new L2Modes(l2);
        final L2Port port = l2.port(deleted.swIfIndex()).orElse(null);
        if (port instanceof L2Port.Xconnect xconnect) {
            state.interfaces().get(xconnect.txSwIfIndex()).ifPresent(modes::setL3);
        }
        if (port != null) {
            modes.setL3(deleted);
        }
        l2.forgetInterface(deleted.swIfIndex());
    }
}
