package io.vswitch.interfaces.impl;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The configured interface names of every node, kept from the configuration datastore: only interfaces whose VPP
 * tag is one of them get an operational state.
 */
final class ConfiguredNames implements DataTreeChangeListener<Interface>, AutoCloseable {
    private final Map<String, Set<String>> byNode = new ConcurrentHashMap<>();
    private final Consumer<String> changedNode;
    private final Registration registration;

    /**
     * Starts listening.
     *
     * @param broker the data broker
     * @param changedNode told the node whose names changed (on the datastore's thread; must not block)
     */
    ConfiguredNames(final DataBroker broker, final Consumer<String> changedNode) {
        this.changedNode = changedNode;
        registration = broker.registerTreeChangeListener(
            DataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, InterfaceConfigMapping.ENTRIES), this);
    }

    /**
     * The names configured on a node now.
     *
     * @param node the node
     * @return a live, thread-safe view
     */
    Set<String> names(final String node) {
        return byNode.computeIfAbsent(node, ignored -> ConcurrentHashMap.newKeySet());
    }

    @Override
    public void onDataTreeChanged(final List<DataTreeModification<Interface>> changes) {
        for (DataTreeModification<Interface> change : changes) {
            final InstanceIdentifier<Interface> path = change.getRootPath().path();
            final NodeKey node = path.firstKeyOf(Node.class);
            final InterfaceKey entry = path.firstKeyOf(Interface.class);
            if (node == null || entry == null) {
                continue;
            }
            final Set<String> names = names(node.getName());
            switch (change.getRootNode().modificationType()) {
                case DELETE -> names.remove(entry.getName());
                default -> names.add(entry.getName());
            }
            changedNode.accept(node.getName());
        }
    }

    @Override
    public void close() {
        registration.close();
    }
}
