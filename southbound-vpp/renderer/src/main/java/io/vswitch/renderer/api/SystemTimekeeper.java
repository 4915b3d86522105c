package io.vswitch.renderer.api;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The real clock, and one daemon timer thread.
 */
public final class SystemTimekeeper implements Timekeeper, AutoCloseable {
    private final ScheduledExecutorService timer;

    /**
     * Creates the timekeeper and its thread.
     *
     * @param threadName the timer thread's name
     */
    public SystemTimekeeper(final String threadName) {
        final var executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            final var thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName(threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        timer = executor;
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Timer schedule(final Duration delay, final Runnable task) {
        final var future = timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
