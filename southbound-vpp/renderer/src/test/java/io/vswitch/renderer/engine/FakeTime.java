package io.vswitch.renderer.engine;

import io.vswitch.renderer.api.Timekeeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A clock that moves only when a test says so; due timer tasks run on the test's thread.
 */
final class FakeTime implements Timekeeper {
    private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

    private static final class Task {
        final long due;
        final Runnable runnable;
        boolean cancelled;

        Task(final long due, final Runnable runnable) {
            this.due = due;
            this.runnable = runnable;
        }
    }

    private final List<Task> tasks = new ArrayList<>();
    private long nanos;

    @Override
    public synchronized Instant now() {
        return ORIGIN.plusNanos(nanos);
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Timer schedule(final Duration delay, final Runnable task) {
        final var entry = new Task(nanos + delay.toNanos(), task);
        tasks.add(entry);
        return () -> {
            synchronized (FakeTime.this) {
                entry.cancelled = true;
            }
        };
    }

    /** Moves time forward, running every task that falls due on the way, in due order. */
    void advance(final Duration delta) {
        final long target;
        synchronized (this) {
            target = nanos + delta.toNanos();
        }
        while (true) {
            final Task next;
            synchronized (this) {
                tasks.removeIf(t -> t.cancelled);
                next = tasks.stream().filter(t -> t.due <= target).min(Comparator.comparingLong(t -> t.due))
                    .orElse(null);
                if (next == null) {
                    nanos = target;
                    return;
                }
                tasks.remove(next);
                nanos = Math.max(nanos, next.due);
            }
            next.runnable.run();
        }
    }

    /** The delay until the earliest live task, if any. */
    synchronized Duration untilNextTask() {
        return tasks.stream().filter(t -> !t.cancelled).mapToLong(t -> t.due - nanos).min().stream()
            .mapToObj(Duration::ofNanos).findFirst().orElse(Duration.ofDays(365));
    }
}
