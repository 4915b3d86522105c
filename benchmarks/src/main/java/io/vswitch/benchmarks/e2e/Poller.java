package io.vswitch.benchmarks.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Repeats a read until it yields a result, pausing between reads, within a deadline.
 */
final class Poller {
    /**
     * One read; empty while the awaited condition does not hold.
     *
     * @param <T> what the read yields once the condition holds
     */
    @FunctionalInterface
    interface Probe<T> {
        Optional<T> poll() throws IOException, InterruptedException;
    }

    private Poller() {
        // static helpers only
    }

    /**
     * Polls until the probe yields a value.
     *
     * @param what the awaited condition, for the timeout's message
     * @param timeout how long to try
     * @param pause between reads; zero polls back to back
     * @param probe the read
     * @param lastSeen what the reads saw last, for the timeout's message
     * @return the probe's first value
     */
    static <T> T until(final String what, final Duration timeout, final Duration pause, final Probe<T> probe,
            final Supplier<String> lastSeen) throws IOException, InterruptedException, TimeoutException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        final long pauseNanos = pause.toNanos();
        while (true) {
            final Optional<T> result = probe.poll();
            if (result.isPresent()) {
                return result.orElseThrow();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new TimeoutException(what + ": not reached within " + timeout + "; last seen: "
                    + lastSeen.get());
            }
            if (pauseNanos > 0) {
                TimeUnit.NANOSECONDS.sleep(pauseNanos);
            }
        }
    }

    static <T> T until(final String what, final Duration timeout, final Duration pause, final Probe<T> probe)
            throws IOException, InterruptedException, TimeoutException {
        return until(what, timeout, pause, probe, () -> "-");
    }
}
