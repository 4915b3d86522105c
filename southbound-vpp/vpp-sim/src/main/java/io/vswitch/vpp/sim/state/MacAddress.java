package io.vswitch.vpp.sim.state;

import java.util.HexFormat;

/**
 * An Ethernet MAC address, held as the 48 low bits of a {@code long}.
 *
 * @param bits the address, most significant byte first
 */
public record MacAddress(long bits) {
    /** The all-zero address VPP uses for "none". */
    public static final MacAddress ZERO = new MacAddress(0);

    private static final int LENGTH = 6;
    private static final long MASK = 0xFFFF_FFFF_FFFFL;

    /**
     * Normalises the value to 48 bits.
     */
    public MacAddress {
        bits &= MASK;
    }

    /**
     * The address in six bytes; a shorter or longer array is read as its first six bytes, zero-padded.
     *
     * @param bytes the address bytes, most significant first
     * @return the address
     */
    public static MacAddress of(final byte[] bytes) {
        long value = 0;
        for (int i = 0; i < LENGTH; i++) {
            value = value << Byte.SIZE | (i < bytes.length ? bytes[i] & 0xFF : 0);
        }
        return new MacAddress(value);
    }

    /**
     * Parses {@code aa:bb:cc:dd:ee:ff}.
     *
     * @param text the colon-separated address
     * @return the address
     */
    public static MacAddress parse(final String text) {
        return new MacAddress(Long.parseLong(text.replace(":", ""), 16));
    }

    /**
     * The six bytes of the address.
     *
     * @return a fresh array
     */
    public byte[] bytes() {
        final byte[] out = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            out[i] = (byte) (bits >>> (LENGTH - 1 - i) * Byte.SIZE);
        }
        return out;
    }

    /**
     * Whether this is the all-zero address.
     *
     * @return true for 00:00:00:00:00:00
     */
    public boolean isZero() {
        return bits == 0;
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").formatHex(bytes());
    }
}
