package io.vswitch.renderer.api;

import java.time.Duration;
import java.time.Instant;

/**
 * The scheduler's clock and timer, injectable so that tests move time by hand instead of sleeping.
 */
public interface Timekeeper {
    /**
     * A handle on a scheduled task.
     */
    @FunctionalInterface
    interface Timer {
        /**
         * Cancels the task if it has not run.
         */
        void cancel();
    }

    /**
     * The wall-clock time, for statuses and the log.
     *
     * @return now
     */
    Instant now();

    /**
     * A monotonic time, for durations.
     *
     * @return nanoseconds from an arbitrary origin
     */
    long nanoTime();

    /**
     * Runs a task once after a delay, on any thread.
     *
     * @param delay the delay
     * @param task the task
     * @return a handle to cancel it
     */
    Timer schedule(Duration delay, Runnable task);
}
