package io.vswitch.vpp.sim.state;

import java.net.InetAddress;

/**
 * Text forms of addresses as VPP prints them: dotted IPv4, and IPv6 with the longest run of zero groups
 * compressed to {@code ::} (RFC 5952).
 */
public final class IpFormat {
    private static final int IP6_GROUPS = 8;

    private IpFormat() {
        // static helpers only
    }

    /**
     * Formats an address.
     *
     * @param address an IPv4 or IPv6 address
     * @return its text form
     */
    public static String address(final InetAddress address) {
        final byte[] bytes = address.getAddress();
        return bytes.length == 4 ? address.getHostAddress() : ip6(bytes);
    }

    private static String ip6(final byte[] bytes) {
        final int[] groups = new int[IP6_GROUPS];
        for (int i = 0; i < IP6_GROUPS; i++) {
            groups[i] = (bytes[2 * i] & 0xFF) << Byte.SIZE | bytes[2 * i + 1] & 0xFF;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < IP6_GROUPS; i++) {
            int end = i;
            while (end < IP6_GROUPS && groups[end] == 0) {
                end++;
            }
            if (end - i > bestLength) {
                bestStart = i;
                bestLength = end - i;
            }
            i = Math.max(i, end);
        }
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < IP6_GROUPS; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
