package io.vswitch.interfaces.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.SubInterface;

/**
 * A dot1q sub-interface needs an existing parent on the same node that is not itself and not a sub-interface (no
 * stacked VLANs), a sub-id and a VLAN not already used on that parent, and an MTU no larger than its parent's.
 * The datastore does not enforce the model's leafref, hence the existence check here.
 */
final class SubInterfaceRule implements InterfaceRule {
    private record ParentValue(String parent, long value) {
    }

    @Override
    public void check(final NodeInterfaces interfaces, final List<Violation> violations) {
        final Map<ParentValue, Interface> subIds = new HashMap<>();
        final Map<ParentValue, Interface> vlans = new HashMap<>();
        for (Interface iface : interfaces.sorted()) {
            if (!(iface.getTypeParameters() instanceof SubInterface subCase)) {
                continue;
            }
            final var sub = subCase.getSubInterface();
            if (sub == null || sub.getParent() == null) {
                continue;
            }
            final String parentName = sub.getParent();
            final Interface parent = interfaces.byName().get(parentName);
            final String parentPath = interfaces.path(iface, "sub-interface", "parent");
            if (parentName.equals(iface.requireName())) {
                violations.add(new Violation(parentPath, "a sub-interface cannot be its own parent"));
                continue;
            }
            if (parent == null) {
                violations.add(new Violation(parentPath, "parent " + parentName + " is not an interface of node "
                    + interfaces.node()));
                continue;
            }
            if (InterfaceKind.ofType(parent.getType()).orElse(null) == InterfaceKind.SUB_INTERFACE) {
                violations.add(new Violation(parentPath, "parent " + parentName
                    + " is itself a sub-interface; stacked VLANs are not supported"));
            }
            if (sub.getSubId() != null) {
                final Interface owner = subIds.putIfAbsent(new ParentValue(parentName, sub.getSubId().toJava()),
                    iface);
                if (owner != null) {
                    violations.add(new Violation(interfaces.path(iface, "sub-interface", "sub-id"), "sub-id "
                        + sub.getSubId() + " on " + parentName + " is already used by interface "
                        + owner.requireName()));
                }
            }
            if (sub.getVlanId() != null) {
                final Interface owner = vlans.putIfAbsent(new ParentValue(parentName, sub.getVlanId().toJava()),
                    iface);
                if (owner != null) {
                    violations.add(new Violation(interfaces.path(iface, "sub-interface", "vlan-id"), "VLAN "
                        + sub.getVlanId() + " on " + parentName + " is already used by interface "
                        + owner.requireName()));
                }
            }
            if (iface.getMtu() != null && parent.getMtu() != null
                    && iface.getMtu().toJava() > parent.getMtu().toJava()) {
                violations.add(new Violation(interfaces.path(iface, "mtu"), "MTU " + iface.getMtu()
                    + " is above the MTU " + parent.getMtu() + " of its parent " + parentName));
            }
        }
    }
}
