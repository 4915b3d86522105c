package io.vswitch.renderer.impl;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.renderer.api.Timekeeper;
import io.vswitch.renderer.spi.ItemKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The items waiting for a retry, by due time, with one timer armed for the earliest. Confined to the scheduler's
 * thread; the timer only hands a wake-up back to it.
 */
@SuppressFBWarnings(value = {"NP_STORE_INTO_NONNULL_FIELD", "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR"},
    justification = "TYPE_USE @Nullable fields, which SpotBugs does not read")
final class RetryQueue {
    private record Entry(Instant due, ItemKey key) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(Comparator.comparing(Entry::due));
    private final Timekeeper time;
    private final Runnable wakeUp;
    private Timekeeper.@Nullable Timer timer;
    private @Nullable Instant armedFor;

    /**
     * Creates the queue.
     *
     * @param time the clock and timer
     * @param wakeUp called from the timer's thread when entries are due
     */
    RetryQueue(final Timekeeper time, final Runnable wakeUp) {
        this.time = time;
        this.wakeUp = wakeUp;
    }

    void add(final ItemKey key, final Instant due) {
        queue.add(new Entry(due, key));
        arm();
    }

    /** Removes and returns the keys due now; re-arms for the next. */
    List<ItemKey> takeDue() {
        armedFor = null;
        timer = null;
        final var now = time.now();
        final var due = new ArrayList<ItemKey>();
        while (!queue.isEmpty() && !queue.peek().due().isAfter(now)) {
            due.add(queue.poll().key());
        }
        arm();
        return due;
    }

    void clear() {
        queue.clear();
        cancel();
    }

    void cancel() {
        final var local = timer;
        if (local != null) {
            local.cancel();
        }
        timer = null;
        armedFor = null;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    private void arm() {
        final var head = queue.peek();
        if (head == null) {
            return;
        }
        final var armed = armedFor;
        if (armed != null && !head.due().isBefore(armed)) {
            return;
        }
        cancel();
        armedFor = head.due();
        final var delay = Duration.between(time.now(), head.due());
        timer = time.schedule(delay.isNegative() ? Duration.ZERO : delay, wakeUp);
    }
}
