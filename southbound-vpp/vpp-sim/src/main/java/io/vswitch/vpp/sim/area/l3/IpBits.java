package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.sim.state.IpFormat;
import io.vswitch.vpp.sim.state.IpPrefix;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * An IPv4 or IPv6 address as two longs, the way the FIB compares and keys addresses ({@code ip46_address_t}:
 * an IPv4 address sits in the low 32 bits of {@link #lo()}). Cheap to build from an API address union.
 *
 * @param ip6 the family
 * @param hi the first 8 bytes of an IPv6 address, 0 for IPv4
 * @param lo the last 8 bytes of an IPv6 address, or the IPv4 address
 */
record IpBits(boolean ip6, long hi, long lo) implements Comparable<IpBits> {
    /** The IPv4 any address. */
    static final IpBits ZERO4 = new IpBits(false, 0, 0);
    /** The IPv6 any address. */
    static final IpBits ZERO6 = new IpBits(true, 0, 0);

    private static final int IP4_BITS = 32;
    private static final int HALF_BITS = 64;
    private static final long IP4_MASK = 0xFFFF_FFFFL;

    /**
     * The address in an API union ({@code vl_api_address_union_t}, 16 bytes, IPv4 in the first 4).
     *
     * @param union the union bytes
     * @param ip6 which family the union holds
     * @return the address
     */
    static IpBits of(final byte[] union, final boolean ip6) {
        if (!ip6) {
            return new IpBits(false, 0, readInt(union, 0) & IP4_MASK);
        }
        return new IpBits(true, readLong(union, 0), readLong(union, Long.BYTES));
    }

    /**
     * An address of the state model.
     *
     * @param address an IPv4 or IPv6 address
     * @return the address
     */
    static IpBits of(final InetAddress address) {
        final byte[] bytes = address.getAddress();
        return of(bytes.length == Integer.BYTES ? Arrays.copyOf(bytes, 16) : bytes,
            bytes.length != Integer.BYTES);
    }

    private static int readInt(final byte[] bytes, final int offset) {
        return (bytes[offset] & 0xFF) << 24 | (bytes[offset + 1] & 0xFF) << 16 | (bytes[offset + 2] & 0xFF) << 8
            | bytes[offset + 3] & 0xFF;
    }

    private static long readLong(final byte[] bytes, final int offset) {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = value << Byte.SIZE | bytes[offset + i] & 0xFF;
        }
        return value;
    }

    /**
     * The width of the family.
     *
     * @return 32 or 128
     */
    int width() {
        return ip6 ? 2 * HALF_BITS : IP4_BITS;
    }

    /**
     * The any address of a family.
     *
     * @param ip6 the family
     * @return {@link #ZERO4} or {@link #ZERO6}
     */
    static IpBits zero(final boolean ip6) {
        return ip6 ? ZERO6 : ZERO4;
    }

    boolean isZero() {
        return hi == 0 && lo == 0;
    }

    /**
     * This address with the bits beyond a prefix length cleared.
     *
     * @param length the prefix length, 0..width
     * @return the masked address
     */
    IpBits masked(final int length) {
        if (!ip6) {
            final long mask = length == 0 ? 0 : IP4_MASK << IP4_BITS - length & IP4_MASK;
            return new IpBits(false, 0, lo & mask);
        }
        final long hiMask = length >= HALF_BITS ? -1L : length == 0 ? 0 : -1L << HALF_BITS - length;
        final long loMask = length <= HALF_BITS ? 0 : length == 2 * HALF_BITS ? -1L : -1L << 2 * HALF_BITS - length;
        return new IpBits(true, hi & hiMask, lo & loMask);
    }

    /**
     * This address with the bits beyond a prefix length set (the subnet broadcast address).
     *
     * @param length the prefix length
     * @return the address
     */
    IpBits withHostBitsSet(final int length) {
        final IpBits network = masked(length);
        if (!ip6) {
            return new IpBits(false, 0, network.lo | ~(IP4_MASK << IP4_BITS - length) & IP4_MASK);
        }
        throw new UnsupportedOperationException("IPv6 has no broadcast");
    }

    /**
     * {@code ip46_address_cmp}: unsigned, byte by byte.
     *
     * @param other another address
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(final IpBits other) {
        final int high = Long.compareUnsigned(hi, other.hi);
        return high != 0 ? high : Long.compareUnsigned(lo, other.lo);
    }

    /**
     * The API union form.
     *
     * @return 16 bytes, IPv4 in the first 4
     */
    byte[] toUnion() {
        final byte[] out = new byte[16];
        if (ip6) {
            writeLong(out, 0, hi);
            writeLong(out, Long.BYTES, lo);
        } else {
            out[0] = (byte) (lo >>> 24);
            out[1] = (byte) (lo >>> 16);
            out[2] = (byte) (lo >>> 8);
            out[3] = (byte) lo;
        }
        return out;
    }

    private static void writeLong(final byte[] out, final int offset, final long value) {
        for (int i = 0; i < Long.BYTES; i++) {
            out[offset + i] = (byte) (value >>> (Long.BYTES - 1 - i) * Byte.SIZE);
        }
    }

    /**
     * The address of the state model.
     *
     * @return an {@link InetAddress}
     */
    InetAddress toInetAddress() {
        return IpPrefix.address(ip6 ? toUnion() : Arrays.copyOf(toUnion(), Integer.BYTES));
    }

    @Override
    public String toString() {
        return IpFormat.address(toInetAddress());
    }
}
