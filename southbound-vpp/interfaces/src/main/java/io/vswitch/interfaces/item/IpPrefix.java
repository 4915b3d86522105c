package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

import com.google.common.net.InetAddresses;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * An interface address with its prefix length, e.g. {@code 10.0.0.1/24} (the host bits are kept).
 *
 * @param address the address
 * @param length the prefix length
 */
public record IpPrefix(InetAddress address, int length) implements Comparable<IpPrefix> {
    /**
     * Checks the length.
     *
     * @param address the address
     * @param length the prefix length
     */
    public IpPrefix {
        requireNonNull(address, "address");
        final int max = address.getAddress().length * Byte.SIZE;
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("prefix length " + length + " out of 0.." + max);
        }
    }

    /**
     * Parses {@code address/length}.
     *
     * @param text e.g. {@code 10.0.0.1/24} or {@code 2001:db8::1/64}
     * @return the prefix
     * @throws IllegalArgumentException if malformed
     */
    public static IpPrefix parse(final String text) {
        final int slash = text.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("no prefix length in " + text);
        }
        return new IpPrefix(InetAddresses.forString(text.substring(0, slash)),
            Integer.parseInt(text.substring(slash + 1)));
    }

    /**
     * Whether this is an IPv6 prefix.
     *
     * @return true for IPv6
     */
    public boolean isIpv6() {
        return address instanceof Inet6Address;
    }

    @Override
    public int compareTo(final IpPrefix other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return InetAddresses.toAddrString(address) + "/" + length;
    }
}
