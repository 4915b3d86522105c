package io.vswitch.renderer.odl.spi;

import java.util.List;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * A semantic check of one node's configuration as it would be after a commit. Runs before the commit is accepted;
 * any violation refuses the whole commit and leaves the datastore unchanged.
 */
@FunctionalInterface
public interface ConfigValidator {
    /**
     * The violations in this node's configuration, or none.
     *
     * @param node the node as it would be after the commit
     */
    List<Violation> validate(Node node);
}
