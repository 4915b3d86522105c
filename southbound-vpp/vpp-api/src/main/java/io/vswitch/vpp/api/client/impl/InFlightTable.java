package io.vswitch.vpp.api.client.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The calls awaiting answers, by context, and the source of fresh contexts. A slot array indexed by the low bits
 * of the context: contexts are handed out in increasing order (never 0, wrapping), skipping any whose slot is
 * taken, so that put, get and remove are O(1). VPP answers nearly in order, so with at least twice as many slots
 * as calls in flight the next slot is almost always free. (A general hash map with linear probing degrades badly
 * here: sequential keys form one long cluster, and removing its oldest end shifts the whole cluster.)
 * Event-loop confined.
 */
final class InFlightTable {
    private final @Nullable PendingCall[] slots;
    private final int mask;
    private int size;
    private int lastContext;

    /**
     * Creates a table for a window.
     *
     * @param maxInFlight the most calls that will be in flight at once
     */
    InFlightTable(final int maxInFlight) {
        final int capacity = Integer.highestOneBit(Math.max(2, maxInFlight) * 2 - 1) << 1;
        slots = new PendingCall[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Gives a call a fresh context and records it.
     *
     * @param call the call
     * @return its context
     */
    int add(final PendingCall call) {
        int context = lastContext;
        do {
            context++;
        } while (context == 0 || slots[context & mask] != null);
        lastContext = context;
        slots[context & mask] = call;
        call.setContext(context);
        size++;
        return context;
    }

    /**
     * The call awaiting an answer with this context.
     *
     * @param context the context VPP echoed
     * @return the call, or null when none awaits it (it timed out, or the context is not ours)
     */
    @Nullable PendingCall get(final int context) {
        final PendingCall call = slots[context & mask];
        return call != null && call.context() == context ? call : null;
    }

    /**
     * Forgets a call.
     *
     * @param call a call of this table
     */
    void remove(final PendingCall call) {
        final int slot = call.context() & mask;
        if (slots[slot] == call) {
            slots[slot] = null;
            size--;
        }
    }

    /**
     * Removes and returns the calls matching a condition.
     *
     * @param condition which calls
     * @return the removed calls
     */
    List<PendingCall> removeIf(final Predicate<PendingCall> condition) {
        final List<PendingCall> removed = new ArrayList<>();
        for (int slot = 0; slot < slots.length && removed.size() < size; slot++) {
            final PendingCall call = slots[slot];
            if (call != null && condition.test(call)) {
                removed.add(call);
            }
        }
        for (PendingCall call : removed) {
            remove(call);
        }
        return removed;
    }

    /**
     * Starts handing out contexts after this one.
     *
     * @param context the context before the next one
     */
    void continueAfter(final int context) {
        lastContext = context;
    }
}
