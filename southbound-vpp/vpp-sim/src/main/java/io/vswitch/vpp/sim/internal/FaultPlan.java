package io.vswitch.vpp.sim.internal;

import io.vswitch.vpp.sim.FaultInjector;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The pending faults. Written by test threads, read on the simulator thread; when nothing is armed the
 * dispatcher's check is one volatile read, and only then does it take the lock.
 */
public final class FaultPlan implements FaultInjector {
    private record Failure(int remaining, int retval) {
    }

    private final Map<String, Failure> failures = new HashMap<>();
    private final Map<String, Integer> drops = new HashMap<>();
    private volatile boolean armed;
    private volatile long replyDelayNanos;

    /**
     * A plan without faults.
     */
    public FaultPlan() {
        // nothing armed
    }

    @Override
    public synchronized void failNext(final String messageName, final int count, final int retval) {
        if (count > 0) {
            failures.put(messageName, new Failure(count, retval));
            armed = true;
        }
    }

    @Override
    public synchronized void dropNextReplies(final String messageName, final int count) {
        if (count > 0) {
            drops.merge(messageName, count, Integer::sum);
            armed = true;
        }
    }

    @Override
    public void delayReplies(final Duration delay) {
        replyDelayNanos = Math.max(0, delay.toNanos());
    }

    @Override
    public synchronized void clear() {
        failures.clear();
        drops.clear();
        armed = false;
        replyDelayNanos = 0;
    }

    /**
     * Whether any failure or drop is pending (cheap check before the lookups).
     *
     * @return true if a fault may apply
     */
    boolean armed() {
        return armed;
    }

    /**
     * Consumes one failure for a message.
     *
     * @param messageName the message name
     * @return the retval to fail with, if a failure was pending
     */
    synchronized OptionalInt takeFailure(final String messageName) {
        final Failure failure = failures.remove(messageName);
        if (failure == null) {
            return OptionalInt.empty();
        }
        if (failure.remaining() > 1) {
            failures.put(messageName, new Failure(failure.remaining() - 1, failure.retval()));
        }
        rearm();
        return OptionalInt.of(failure.retval());
    }

    /**
     * Consumes one drop for a message.
     *
     * @param messageName the message name
     * @return true if this reply is to be dropped
     */
    synchronized boolean takeDrop(final String messageName) {
        final Integer remaining = drops.remove(messageName);
        if (remaining == null) {
            return false;
        }
        if (remaining > 1) {
            drops.put(messageName, remaining - 1);
        }
        rearm();
        return true;
    }

    private void rearm() {
        armed = !failures.isEmpty() || !drops.isEmpty();
    }

    /**
     * The reply delay.
     *
     * @return nanoseconds, 0 for none
     */
    long replyDelayNanos() {
        return replyDelayNanos;
    }
}
