package io.vswitch.l2.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RESTCONF-like key values in violation paths.
 */
final class L2Paths {
    /** Characters a RESTCONF key value must percent-encode (RFC 8040, 3.5.3), plus the escape itself. */
    private static final Pattern RESERVED = Pattern.compile("[%/,=? ]");

    private L2Paths() {
        // static helpers only
    }

    static String encode(final String keyValue) {
        return RESERVED.matcher(keyValue).replaceAll(match -> Matcher.quoteReplacement(
            String.format("%%%02X", (int) match.group().charAt(0))));
    }
}
