package io.vswitch.benchmarks.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code e2e.interface_create.p50} and {@code .p99}: one loopback at a time, from before its RESTCONF PUT until a
 * read of its operational status answers {@code applied}. The status is read back to back with a short pause (a
 * client's best case; the pause keeps the reads from starving the controller of CPU), so a figure includes up to
 * one pause and one read of lag.
 */
final class InterfaceCreateLatency {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Loopbacks loopbacks;
    private final Duration pause;

    InterfaceCreateLatency(final Loopbacks loopbacks, final Duration pause) {
        this.loopbacks = loopbacks;
        this.pause = pause;
    }

    /**
     * Creates loopbacks 0 to warmup - 1 unmeasured, then measures loopbacks warmup to warmup + count - 1. The
     * figure is the steady state of a controller that has been running: the default 1,000 warm-up creates (about
     * 10 s) let the JIT compile the controller's path and the driver's; with 50 the p50 is about twice as high,
     * from compilation alone.
     */
    void run(final int warmup, final int count) throws IOException, InterruptedException, TimeoutException {
        Report.diag("interface_create: " + warmup + " warm-up loopbacks, then " + count + " measured");
        for (int i = 0; i < warmup; i++) {
            createAndAwait(i, new long[1]);
        }
        Report.diag("interface_create: measuring");
        final long[] total = new long[count];
        final long[] committed = new long[count];
        for (int i = 0; i < count; i++) {
            final long[] put = new long[1];
            total[i] = createAndAwait(warmup + i, put);
            committed[i] = put[0];
        }
        Arrays.sort(total);
        Arrays.sort(committed);
        Report.millis("e2e.interface_create.p50", percentile(total, 50));
        Report.millis("e2e.interface_create.p99", percentile(total, 99));
        Report.diag("interface_create: " + count + " loopbacks; PUT answered (commit done) p50 "
            + Report.ms(percentile(committed, 50)) + ", p99 " + Report.ms(percentile(committed, 99))
            + "; write to applied min " + Report.ms(total[0]) + ", max " + Report.ms(total[count - 1]));
    }

    /**
     * Returns the nanoseconds from before the PUT to the applied read; puts the PUT's own time in putNanos[0].
     */
    private long createAndAwait(final int index, final long[] putNanos)
            throws IOException, InterruptedException, TimeoutException {
        final AtomicReference<String> last = new AtomicReference<>("nothing");
        final long start = System.nanoTime();
        loopbacks.create(index);
        putNanos[0] = System.nanoTime() - start;
        Poller.until(Loopbacks.name(index) + " applied", TIMEOUT, pause, () -> {
            final Optional<String> state = loopbacks.state(index);
            last.set(state.orElse("no status"));
            return state.filter("applied"::equals);
        }, last::get);
        return System.nanoTime() - start;
    }

    private static long percentile(final long[] sorted, final int percent) {
        return sorted[(int) Math.min(sorted.length - 1, (long) sorted.length * percent / 100)];
    }
}
