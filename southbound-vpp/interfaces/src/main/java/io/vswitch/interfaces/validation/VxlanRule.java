package io.vswitch.interfaces.validation;

import com.google.common.net.InetAddresses;
import io.vswitch.renderer.odl.spi.Violation;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.Vxlan;

/**
 * A VXLAN tunnel needs two different endpoints of one address family, and VPP refuses a second tunnel with the same
 * endpoints, VNI and encapsulation VRF.
 */
final class VxlanRule implements InterfaceRule {
    private record Tunnel(InetAddress source, InetAddress destination, long vni, long encapVrf) {
    }

    @Override
    public void check(final NodeInterfaces interfaces, final List<Violation> violations) {
        final Map<Tunnel, Interface> owners = new HashMap<>();
        for (Interface iface : interfaces.sorted()) {
            if (!(iface.getTypeParameters() instanceof Vxlan vxlanCase)) {
                continue;
            }
            final var vxlan = vxlanCase.getVxlan();
            if (vxlan == null || vxlan.getSourceAddress() == null || vxlan.getDestinationAddress() == null) {
                continue;
            }
            final InetAddress source = IpAddresses.parse(vxlan.getSourceAddress());
            final InetAddress destination = IpAddresses.parse(vxlan.getDestinationAddress());
            final String path = interfaces.path(iface, "vxlan", "destination-address");
            if (source.getClass() != destination.getClass()) {
                violations.add(new Violation(path, "VXLAN source " + InetAddresses.toAddrString(source) + " is "
                    + family(source) + " but destination " + InetAddresses.toAddrString(destination) + " is "
                    + family(destination)));
            } else if (source.equals(destination)) {
                violations.add(new Violation(path, "VXLAN destination " + InetAddresses.toAddrString(destination)
                    + " equals the source"));
            } else {
                final long vni = vxlan.getVni() != null ? vxlan.getVni().toJava() : 0;
                final long encapVrf = vxlan.getEncapVrf() != null ? vxlan.getEncapVrf().toJava() : 0;
                final Interface owner = owners.putIfAbsent(new Tunnel(source, destination, vni, encapVrf), iface);
                if (owner != null) {
                    violations.add(new Violation(interfaces.path(iface, "vxlan", "vni"), "VXLAN tunnel from "
                        + InetAddresses.toAddrString(source) + " to " + InetAddresses.toAddrString(destination)
                        + " with VNI " + vni
                        + " in VRF " + encapVrf + " already exists as interface " + owner.requireName()));
                }
            }
        }
    }

    private static String family(final InetAddress address) {
        return address.getAddress().length == 4 ? "IPv4" : "IPv6";
    }
}
