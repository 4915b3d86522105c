package io.vswitch.renderer.odl.validation;

import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;

/**
 * Turns one {@code /nodes/node} list entry of a commit candidate into its binding form.
 */
@FunctionalInterface
interface NodeDecoder {
    /**
     * The node, or null when the data is not a node entry.
     *
     * @param path the entry's path, {@code /nodes/node[name=X]}
     * @param data the entry as it would be after the commit
     */
    @Nullable Node decode(YangInstanceIdentifier path, NormalizedNode data);
}
