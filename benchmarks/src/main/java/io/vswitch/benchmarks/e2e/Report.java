package io.vswitch.benchmarks.e2e;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Where the benchmark speaks: results on stdout as {@code <name> <value> <unit>}, diagnostics on stderr.
 */
final class Report {
    private static final double NANOS_PER_MILLI = 1_000_000.0;
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private Report() {
        // static helpers only
    }

    static void millis(final String name, final long nanos) {
        result(String.format(Locale.ROOT, "%s %.1f ms", name, nanos / NANOS_PER_MILLI));
    }

    static void seconds(final String name, final long nanos) {
        result(String.format(Locale.ROOT, "%s %.2f s", name, nanos / NANOS_PER_SECOND));
    }

    static String ms(final long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / NANOS_PER_MILLI);
    }

    /**
     * A count as result names spell it: 10000 is {@code 10k}, 100000 {@code 100k}, 2500 {@code 2500}.
     */
    static String count(final int size) {
        return size % 1000 == 0 ? size / 1000 + "k" : Integer.toString(size);
    }

    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    static void diag(final String message) {
        // wall-clock time, to find the phases in the controller's log and in profiles
        System.err.println("[e2e " + LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS) + "] " + message);
    }

    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    private static void result(final String line) {
        System.out.println(line);
        // results interleave with diagnostics on a terminal: show each at once
        System.out.flush();
    }
}
