package io.vswitch.interfaces.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;
import java.util.Optional;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.TypeParameters;

/**
 * Every interface has a {@code type}; the {@code type} identity and the {@code type-parameters} case must agree,
 * and a kind whose case has mandatory leaves (memif, af-packet, VXLAN, sub-interface) must have it.
 */
final class TypeParametersRule implements InterfaceRule {
    @Override
    public void check(final NodeInterfaces interfaces, final List<Violation> violations) {
        for (Interface iface : interfaces.sorted()) {
            if (iface.getType() == null) {
                // Not mandatory in YANG: the operational twin of an entry carries no type.
                violations.add(new Violation(interfaces.path(iface, "type"), "an interface needs a type"));
                continue;
            }
            final Optional<InterfaceKind> kind = InterfaceKind.ofType(iface.getType());
            if (kind.isEmpty()) {
                continue;
            }
            final InterfaceKind type = kind.orElseThrow();
            final TypeParameters parameters = iface.getTypeParameters();
            if (parameters != null) {
                InterfaceKind.ofParameters(parameters).filter(given -> given != type).ifPresent(given ->
                    violations.add(new Violation(interfaces.path(iface, "type"), "type " + type.yangName()
                        + " does not match the " + given.yangName() + " parameters given")));
            } else if (type.parametersRequired()) {
                violations.add(new Violation(interfaces.path(iface, type.yangName()), "type " + type.yangName()
                    + " needs its " + type.yangName() + " parameters"));
            }
        }
    }
}
