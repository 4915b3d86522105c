package io.vswitch.interfaces.validation;

import io.vswitch.renderer.odl.spi.ConfigValidator;
import io.vswitch.renderer.odl.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * Validates a node's interfaces before a commit: kind and parameters agree, memif ids are unique per socket, VXLAN
 * endpoints make sense, sub-interfaces and unnumbered interfaces refer to real interfaces, no subnet is configured
 * twice in one VRF, ring sizes are what VPP takes.
 */
public final class InterfaceValidator implements ConfigValidator {
    private final List<InterfaceRule> rules = List.of(new TypeParametersRule(), new MemifRule(), new TapRule(),
        new VxlanRule(), new SubInterfaceRule(), new UnnumberedRule(), new AddressRule());

    public InterfaceValidator() {
        // the rules are fixed
    }

    @Override
    public List<Violation> validate(final Node node) {
        final NodeInterfaces interfaces = NodeInterfaces.of(node);
        if (interfaces.sorted().isEmpty()) {
            return List.of();
        }
        final List<Violation> violations = new ArrayList<>();
        for (InterfaceRule rule : rules) {
            rule.check(interfaces, violations);
        }
        return violations;
    }
}
