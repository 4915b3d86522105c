package io.vswitch.vpp.sim.state;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 address with a prefix length, as an interface address or a route's destination.
 *
 * @param address the address (host bits kept, as VPP keeps them for interface addresses)
 * @param length the prefix length
 */
public record IpPrefix(InetAddress address, int length) {
    /**
     * Checks the length against the family.
     */
    public IpPrefix {
        if (length < 0 || length > address.getAddress().length * Byte.SIZE) {
            throw new IllegalArgumentException("Bad prefix length " + length + " for " + address);
        }
    }

    /**
     * A prefix from raw bytes: 4 bytes IPv4, 16 bytes IPv6.
     *
     * @param bytes the address bytes
     * @param length the prefix length
     * @return the prefix
     * @throws IllegalArgumentException on a wrong array length or prefix length
     */
    public static IpPrefix of(final byte[] bytes, final int length) {
        return new IpPrefix(address(bytes), length);
    }

    /**
     * An address from raw bytes, without any name lookup.
     *
     * @param bytes 4 or 16 bytes
     * @return the address
     */
    public static InetAddress address(final byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Address of " + bytes.length + " bytes", e);
        }
    }

    /**
     * Whether this is an IPv6 prefix.
     *
     * @return true for IPv6
     */
    public boolean isIp6() {
        return address instanceof Inet6Address;
    }

    /**
     * Whether {@code other}'s address lies in this prefix or this address lies in {@code other}: VPP's test for
     * conflicting interface addresses ({@code ip4_destination_matches_route} both ways).
     *
     * @param other a prefix of the same family
     * @return true if either contains the other's address
     */
    public boolean overlaps(final IpPrefix other) {
        return isIp6() == other.isIp6() && (contains(other.address) || other.contains(address));
    }

    /**
     * Whether an address lies inside this prefix.
     *
     * @param candidate an address of the same family
     * @return true if its first {@link #length()} bits equal this address's
     */
    public boolean contains(final InetAddress candidate) {
        final byte[] mine = address.getAddress();
        final byte[] theirs = candidate.getAddress();
        if (mine.length != theirs.length) {
            return false;
        }
        int bits = length;
        for (int i = 0; i < mine.length && bits > 0; i++, bits -= Byte.SIZE) {
            final int mask = bits >= Byte.SIZE ? 0xFF : 0xFF << Byte.SIZE - bits & 0xFF;
            if ((mine[i] & mask) != (theirs[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return IpFormat.address(address) + "/" + length;
    }
}
