package io.vswitch.l2.impl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.concepts.Registration;

/**
 * The configured bridge domains of every node (name to bd-id), kept from the configuration datastore: only they get
 * an operational state.
 */
final class ConfiguredDomains implements DataTreeChangeListener<BridgeDomain>, AutoCloseable {
    private final Map<String, Map<String, Integer>> byNode = new ConcurrentHashMap<>();
    private final Consumer<String> changedNode;
    private final Registration registration;

    /**
     * Starts listening.
     *
     * @param broker the data broker
     * @param changedNode told the node whose domains changed (on the datastore's thread; must not block)
     */
    ConfiguredDomains(final DataBroker broker, final Consumer<String> changedNode) {
        this.changedNode = changedNode;
        registration = broker.registerTreeChangeListener(
            DataTreeIdentifier.of(LogicalDatastoreType.CONFIGURATION, BridgeDomainConfigMapping.ENTRIES), this);
    }

    /**
     * The domains configured on a node now.
     *
     * @param node the node
     * @return a live, thread-safe view: bd-id by domain name
     */
    Map<String, Integer> domains(final String node) {
        return byNode.computeIfAbsent(node, ignored -> new ConcurrentHashMap<>());
    }

    @Override
    public void onDataTreeChanged(final List<DataTreeModification<BridgeDomain>> changes) {
        for (DataTreeModification<BridgeDomain> change : changes) {
            final NodeKey node = change.getRootPath().path().firstKeyOf(Node.class);
            if (node == null) {
                continue;
            }
            final Map<String, Integer> domains = domains(node.getName());
            final BridgeDomain before = change.getRootNode().dataBefore();
            final BridgeDomain after = change.getRootNode().dataAfter();
            if (before != null) {
                domains.remove(before.requireName());
            }
            if (after != null && after.getBdId() != null) {
                domains.put(after.requireName(), after.getBdId().intValue());
            }
            changedNode.accept(node.getName());
        }
    }

    @Override
    public void close() {
        registration.close();
    }
}
