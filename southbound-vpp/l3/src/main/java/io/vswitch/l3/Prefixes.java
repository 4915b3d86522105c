package io.vswitch.l3;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Prefix arithmetic.
 */
public final class Prefixes {
    private static final int BYTE_MASK = 0xFF;

    private Prefixes() {
        // static only
    }

    /**
     * The address with its host bits cleared; the same instance when they already are.
     *
     * @param address an address
     * @param length a prefix length within the family's width
     * @return the network address
     */
    public static InetAddress masked(final InetAddress address, final int length) {
        final byte[] bytes = address.getAddress();
        boolean changed = false;
        for (int i = 0; i < bytes.length; i++) {
            final int keep = Math.max(0, Math.min(Byte.SIZE, length - i * Byte.SIZE));
            final int mask = (BYTE_MASK << (Byte.SIZE - keep)) & BYTE_MASK;
            final byte masked = (byte) (bytes[i] & mask);
            if (masked != bytes[i]) {
                bytes[i] = masked;
                changed = true;
            }
        }
        if (!changed) {
            return address;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("same length as before", e);
        }
    }
}
