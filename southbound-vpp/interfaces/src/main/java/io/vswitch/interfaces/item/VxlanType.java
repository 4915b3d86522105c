package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * A VXLAN tunnel (L2, default port 4789).
 *
 * @param source local endpoint
 * @param destination remote endpoint
 * @param vni the VXLAN network identifier
 * @param encapVrf the table the outer packets are routed in
 */
public record VxlanType(InetAddress source, InetAddress destination, int vni, int encapVrf)
        implements InterfaceType {
    /**
     * Checks the components.
     *
     * @param source the source
     * @param destination the destination
     * @param vni the VNI
     * @param encapVrf the encap table
     */
    public VxlanType {
        requireNonNull(source, "source");
        requireNonNull(destination, "destination");
    }

    /**
     * Whether the tunnel is over IPv6.
     *
     * @return true if the source is an IPv6 address
     */
    public boolean isIpv6() {
        return source instanceof Inet6Address;
    }

    @Override
    public boolean matches(final InterfaceType actual) {
        return equals(actual);
    }
}
