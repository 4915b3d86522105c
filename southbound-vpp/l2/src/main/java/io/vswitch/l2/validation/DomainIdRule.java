package io.vswitch.l2.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;

/**
 * Every bridge domain has a bd-id, and no two domains of a node have the same.
 */
final class DomainIdRule implements L2Rule {
    @Override
    public void check(final NodeL2 l2, final List<Violation> violations) {
        final Map<Long, String> owners = new HashMap<>();
        for (BridgeDomain domain : l2.domains()) {
            if (domain.getBdId() == null) {
                violations.add(new Violation(l2.domainPath(domain, "bd-id"), "bd-id is required"));
                continue;
            }
            final long id = domain.getBdId().toJava();
            final String owner = owners.putIfAbsent(id, domain.requireName());
            if (owner != null) {
                violations.add(new Violation(l2.domainPath(domain, "bd-id"), "bd-id " + id
                    + " is already used by bridge domain " + owner));
            }
        }
    }
}
