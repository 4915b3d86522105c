package io.vswitch.benchmarks.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A whole item set written in one RESTCONF request, from an empty list, timed from before the request until every
 * item reads {@code applied} (see {@link Convergence} for what the end is).
 */
final class BulkApply {
    private static final int POLL_SAMPLES = 5;
    /**
     * Quiet time before the measured write: the controller finishes what the previous phase left behind (its
     * operational state refresh, garbage collection), so the figure is the request's alone.
     */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final Convergence convergence;
    private final Duration pause;
    private final Duration timeout;

    BulkApply(final Convergence convergence, final Duration pause, final Duration timeout) {
        this.convergence = convergence;
        this.pause = pause;
        this.timeout = timeout;
    }

    /**
     * Empties the set's list, prepares what it needs, lets the controller settle, writes the set and prints its
     * time under {@code resultName}, then the time of one full status read under {@code pollResultName}.
     */
    void run(final ItemSet set, final String resultName, final String pollResultName)
            throws IOException, InterruptedException, TimeoutException {
        clear(set);
        set.prepare();
        Thread.sleep(SETTLE.toMillis());
        Report.diag(set.label() + ": writing " + set.size() + " items in one request");
        final long start = System.nanoTime();
        set.write();
        final long written = System.nanoTime();
        final long end = convergence.await(set);
        Report.seconds(resultName, end - start);
        Report.diag(set.label() + ": the PUT was answered (committed) after " + Report.ms(written - start)
            + ", all applied " + Report.ms(end - written) + " later");
        Report.millis(pollResultName, medianRead(set.statuses()));
    }

    private void clear(final ItemSet set) throws IOException, InterruptedException, TimeoutException {
        final long start = System.nanoTime();
        set.clear();
        final ListStatus statuses = set.statuses();
        final AtomicReference<String> last = new AtomicReference<>("nothing");
        Poller.until(set.label() + ": list emptied", timeout, pause, () -> {
            final StatusCount count = statuses.read();
            last.set(count.toString());
            return count.entries() == 0 ? Optional.of(count) : Optional.empty();
        }, last::get);
        Poller.until(set.label() + ": VPP emptied", timeout, pause, () -> {
            final ItemSet.VppCheck check = set.checkVpp();
            last.set(check.detail());
            return check.found() == 0 ? Optional.of(check) : Optional.empty();
        }, last::get);
        Report.diag(set.label() + ": the list was emptied in " + Report.ms(System.nanoTime() - start));
    }

    /**
     * The median time of a few full status reads, every item applied: what one check of the whole set costs a
     * client.
     */
    private static long medianRead(final ListStatus statuses) throws IOException, InterruptedException {
        final long[] nanos = new long[POLL_SAMPLES];
        for (int i = 0; i < POLL_SAMPLES; i++) {
            nanos[i] = statuses.read().readNanos();
        }
        Arrays.sort(nanos);
        return nanos[POLL_SAMPLES / 2];
    }
}
