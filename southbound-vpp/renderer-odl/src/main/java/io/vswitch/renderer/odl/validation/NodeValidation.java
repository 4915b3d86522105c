package io.vswitch.renderer.odl.validation;

import io.vswitch.renderer.odl.spi.ConfigValidator;
import io.vswitch.renderer.odl.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a fixed set of validators on one node's configuration as it would be after a commit.
 */
final class NodeValidation {
    private static final Logger LOG = LoggerFactory.getLogger(NodeValidation.class);

    private final List<ConfigValidator> validators;

    NodeValidation(final List<ConfigValidator> validators) {
        this.validators = List.copyOf(validators);
    }

    boolean isEmpty() {
        return validators.isEmpty();
    }

    /**
     * Every violation every validator finds in the node. A validator that throws refuses the node too: a commit it
     * cannot judge is not let through unchecked.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    List<Violation> validate(final Node node) {
        final List<Violation> found = new ArrayList<>();
        for (ConfigValidator validator : validators) {
            try {
                found.addAll(validator.validate(node));
            } catch (RuntimeException e) {
                LOG.error("Validator {} failed on node {}", validator.getClass().getName(), node.getName(), e);
                found.add(new Violation("/nodes/node=" + node.getName(), "validator "
                    + validator.getClass().getSimpleName() + " failed: " + e));
            }
        }
        return found;
    }
}
