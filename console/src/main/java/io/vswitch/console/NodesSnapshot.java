package io.vswitch.console;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The configured and the operational nodes, as one command reads them: the tables list what is configured and
 * join each entry with its operational twin (status, VPP's view).
 *
 * @param config the configured nodes, null when none
 * @param oper the operational nodes, null when none
 */
record NodesSnapshot(@Nullable Nodes config, @Nullable Nodes oper) {
    private static final InstanceIdentifier<Nodes> NODES = InstanceIdentifier.create(Nodes.class);

    static NodesSnapshot read(final DatastoreReader reader)
            throws InterruptedException, ExecutionException, TimeoutException {
        return new NodesSnapshot(reader.read(LogicalDatastoreType.CONFIGURATION, NODES).orElse(null),
            reader.read(LogicalDatastoreType.OPERATIONAL, NODES).orElse(null));
    }

    /**
     * What a command says when it is asked about a node that is not configured, or null when the node is
     * configured (or none was asked).
     *
     * @param only the node asked, or null for all
     * @return the message, or null
     */
    @Nullable String unknownNode(final @Nullable String only) {
        final Nodes nodes = config;
        if (only == null || nodes != null && nodes.nonnullNode().containsKey(new NodeKey(only))) {
            return null;
        }
        return "No node " + only + " is configured (see vswitch:nodes).";
    }

    /**
     * The configured nodes sorted by name, or only the one asked.
     *
     * @param only the node to list, or null for all
     * @return the configured nodes
     */
    List<Node> configured(final @Nullable String only) {
        final Nodes nodes = config;
        if (nodes == null) {
            return List.of();
        }
        return nodes.nonnullNode().values().stream()
            .filter(node -> only == null || only.equals(node.requireName()))
            .sorted(Comparator.comparing(Node::requireName))
            .toList();
    }

    /**
     * The operational twin of a configured node.
     *
     * @param configured the configured node
     * @return its operational twin, or null when there is none
     */
    @Nullable Node operational(final Node configured) {
        final Nodes nodes = oper;
        return nodes == null ? null : nodes.nonnullNode().get(configured.key());
    }
}
