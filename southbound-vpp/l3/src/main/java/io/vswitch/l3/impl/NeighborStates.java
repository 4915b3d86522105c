package io.vswitch.l3.impl;

import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Neighbor;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.neighbor.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.neighbor.StateBuilder;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The operational {@code state} container of a neighbour entry.
 */
final class NeighborStates {
    private NeighborStates() {
        // static only
    }

    static InstanceIdentifier<State> path(final InstanceIdentifier<Neighbor> entry) {
        return entry.child(State.class);
    }

    static State of(final L3StateTracker.NeighborState neighbor) {
        return new StateBuilder().setInstalled(neighbor.installed())
            .setMacAddress(neighbor.mac().isEmpty() ? null : new MacAddress(neighbor.mac()))
            .setStatic(neighbor.installed() ? neighbor.isStatic() : null).build();
    }
}
