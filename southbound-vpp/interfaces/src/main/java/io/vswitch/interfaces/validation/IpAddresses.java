package io.vswitch.interfaces.validation;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddress;

/**
 * Parsing of the model's address strings (already checked by the model's patterns) into comparable values.
 */
final class IpAddresses {
    private IpAddresses() {
        // static helpers only
    }

    /**
     * The address without any {@code %zone}, so that equal addresses written differently compare equal.
     */
    static InetAddress parse(final String text) {
        final int zone = text.indexOf('%');
        return InetAddresses.forString(zone < 0 ? text : text.substring(0, zone));
    }

    static InetAddress parse(final IpAddress address) {
        return parse(address.stringValue());
    }
}
