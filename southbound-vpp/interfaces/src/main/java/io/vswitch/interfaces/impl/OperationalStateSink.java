package io.vswitch.interfaces.impl;

import io.vswitch.renderer.odl.OperationalStore;
import java.util.Map;
import java.util.Set;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.State;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code /nodes/node=X/interfaces/interface=Y/state} to the operational datastore: one transaction per
 * call, only the given changes; never touches the entry's {@code status} (the renderer glue writes it).
 */
@SuppressWarnings("deprecation") // mergeParentStructureMerge: the entry may not exist yet
final class OperationalStateSink implements InterfaceStateSink {
    private static final Logger LOG = LoggerFactory.getLogger(OperationalStateSink.class);

    private final OperationalStore store;

    OperationalStateSink(final OperationalStore store) {
        this.store = store;
    }

    @Override
    public void write(final String node, final Map<String, InterfaceOperState> changed, final Set<String> removed,
            final Runnable onFailure) {
        if (changed.isEmpty() && removed.isEmpty()) {
            return;
        }
        // the store replaces the state container alone, creating the entry when the glue has not written its
        // status yet; it is the only writer of these entries, so writes never conflict
        changed.forEach((name, state) -> store.put(statePath(node, name), state.toBinding()));
        removed.forEach(name -> store.delete(statePath(node, name)));
        LOG.debug("Node {}: {} interface states queued, {} removed", node, changed.size(), removed.size());
    }

    static InstanceIdentifier<State> statePath(final String node, final String name) {
        return InterfaceConfigMapping.path(node, name).child(State.class);
    }
}
