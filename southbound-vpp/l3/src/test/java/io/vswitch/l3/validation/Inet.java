package io.vswitch.l3.validation;

import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddress;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpPrefix;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Address;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Prefix;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6Address;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6Prefix;

/**
 * Binding values of ietf-inet-types from text, for tests.
 */
final class Inet {
    private Inet() {
        // static only
    }

    static IpPrefix prefix(final String text) {
        return text.contains(":") ? new IpPrefix(new Ipv6Prefix(text)) : new IpPrefix(new Ipv4Prefix(text));
    }

    static IpAddress address(final String text) {
        return text.contains(":") ? new IpAddress(new Ipv6Address(text)) : new IpAddress(new Ipv4Address(text));
    }
}
