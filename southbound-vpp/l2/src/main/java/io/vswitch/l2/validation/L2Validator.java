package io.vswitch.l2.validation;

import io.vswitch.renderer.odl.spi.ConfigValidator;
import io.vswitch.renderer.odl.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * Validates a node's bridge domains and cross-connects before a commit: bd-ids present and unique, members are
 * interfaces of the node and in one domain or cross-connect only, one loopback BVI at most per domain, FIB entries
 * point at members, required leaves are there.
 */
public final class L2Validator implements ConfigValidator {
    private final List<L2Rule> rules = List.of(new DomainIdRule(), new MemberRule(), new EntryRule());

    /**
     * The validator with its fixed rules.
     */
    public L2Validator() {
        // the rules are fixed
    }

    @Override
    public List<Violation> validate(final Node node) {
        final NodeL2 l2 = NodeL2.of(node);
        if (l2.domains().isEmpty() && l2.xconnects().isEmpty()) {
            return List.of();
        }
        final List<Violation> violations = new ArrayList<>();
        for (L2Rule rule : rules) {
            rule.check(l2, violations);
        }
        return violations;
    }
}
