package io.vswitch.interfaces.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;

/**
 * An unnumbered interface borrows the addresses of another, existing interface of the node, and has none of its
 * own. The datastore does not enforce the model's leafref, hence the existence check here.
 */
final class UnnumberedRule implements InterfaceRule {
    @Override
    public void check(final NodeInterfaces interfaces, final List<Violation> violations) {
        for (Interface iface : interfaces.sorted()) {
            final String lender = iface.getUnnumbered();
            if (lender == null) {
                continue;
            }
            final String path = interfaces.path(iface, "unnumbered");
            if (lender.equals(iface.requireName())) {
                violations.add(new Violation(path, "an interface cannot be unnumbered to itself"));
            } else if (!interfaces.byName().containsKey(lender)) {
                violations.add(new Violation(path, "unnumbered refers to " + lender
                    + ", which is not an interface of node " + interfaces.node()));
            }
            if (iface.getIpv4Address() != null && !iface.getIpv4Address().isEmpty()) {
                violations.add(new Violation(interfaces.path(iface, "ipv4-address"), "an unnumbered interface "
                    + "borrows the addresses of " + lender + " and cannot have IPv4 addresses of its own"));
            }
            if (iface.getIpv6Address() != null && !iface.getIpv6Address().isEmpty()) {
                violations.add(new Violation(interfaces.path(iface, "ipv6-address"), "an unnumbered interface "
                    + "borrows the addresses of " + lender + " and cannot have IPv6 addresses of its own"));
            }
        }
    }
}
