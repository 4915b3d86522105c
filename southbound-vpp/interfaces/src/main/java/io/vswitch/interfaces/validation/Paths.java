package io.vswitch.interfaces.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RESTCONF-like paths of what a violation is about, e.g.
 * {@code /nodes/node=vpp1/interfaces/interface=memif2/memif/id}.
 */
final class Paths {
    /** Characters a RESTCONF key value must percent-encode (RFC 8040, 3.5.3), plus the escape itself. */
    private static final Pattern RESERVED = Pattern.compile("[%/,=? ]");

    private Paths() {
        // static helpers only
    }

    static String iface(final String node, final String name, final String... tail) {
        final StringBuilder sb = new StringBuilder("/nodes/node=").append(encode(node))
            .append("/interfaces/interface=").append(encode(name));
        for (String segment : tail) {
            sb.append('/').append(segment);
        }
        return sb.toString();
    }

    static String encode(final String keyValue) {
        return RESERVED.matcher(keyValue).replaceAll(match -> Matcher.quoteReplacement(
            String.format("%%%02X", (int) match.group().charAt(0))));
    }
}
