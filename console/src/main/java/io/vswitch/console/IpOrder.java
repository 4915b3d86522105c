package io.vswitch.console;

import com.google.common.net.InetAddresses;
import com.google.common.primitives.UnsignedBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * Sort keys that order IP addresses and prefixes as a reader expects: IPv4 before IPv6, numerically
 * (10.0.0.0/8 before 9.0.0.0/8 would be string order), shorter prefixes first for the same address. Text that is
 * not an address sorts after every address, as text.
 */
final class IpOrder {
    /** Compares two keys of {@link #address(String)} or {@link #prefix(String)}. */
    static final Comparator<byte[]> KEYS = UnsignedBytes.lexicographicalComparator();

    private static final byte IPV4 = 4;
    private static final byte IPV6 = 6;
    private static final byte TEXT = 127;

    private IpOrder() {
        // static helpers only
    }

    /**
     * The key of an address, {@code 10.0.0.1} or {@code fe80::1%eth0} (the zone is ignored).
     *
     * @param address the address as text
     * @return its key
     */
    static byte[] address(final String address) {
        return key(address, 0);
    }

    /**
     * The key of a prefix, {@code 10.0.0.0/8}.
     *
     * @param prefix the prefix as text
     * @return its key
     */
    static byte[] prefix(final String prefix) {
        final int slash = prefix.indexOf('/');
        if (slash < 0) {
            return text(prefix);
        }
        try {
            final int length = Integer.parseInt(prefix.substring(slash + 1));
            return length < 0 || length > 128 ? text(prefix) : key(prefix.substring(0, slash), length);
        } catch (NumberFormatException e) {
            return text(prefix);
        }
    }

    private static byte[] key(final String address, final int length) {
        final int zone = address.indexOf('%');
        final String bare = zone < 0 ? address : address.substring(0, zone);
        if (!InetAddresses.isInetAddress(bare)) {
            return text(address);
        }
        final byte[] bytes = InetAddresses.forString(bare).getAddress();
        return ByteBuffer.allocate(bytes.length + 2).put(bytes.length == 4 ? IPV4 : IPV6).put(bytes)
            .put((byte) length).array();
    }

    private static byte[] text(final String text) {
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(bytes.length + 1).put(TEXT).put(bytes).array();
    }
}
