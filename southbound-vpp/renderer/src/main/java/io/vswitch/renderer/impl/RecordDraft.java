package io.vswitch.renderer.impl;

import io.vswitch.renderer.api.CallRecord;
import io.vswitch.renderer.api.PlannedOp;
import io.vswitch.renderer.api.TransactionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A transaction log entry being written: lists cut at a limit, counts exact.
 */
final class RecordDraft {
    private static final int MAX_VALUE_TEXT = 200;

    private final long seq;
    private final TransactionRecord.Kind kind;
    private final String description;
    private final Instant started;
    private final long startNanos;
    private final int limit;
    private final List<String> changes = new ArrayList<>();
    private final List<PlannedOp> plan = new ArrayList<>();
    private final List<CallRecord> calls = new ArrayList<>();
    private int changeCount;
    private int planSize;
    private int callCount;
    private int failedCalls;

    RecordDraft(final long seq, final TransactionRecord.Kind kind, final String description, final Instant started,
            final long startNanos, final int limit) {
        this.seq = seq;
        this.kind = kind;
        this.description = description;
        this.started = started;
        this.startNanos = startNanos;
        this.limit = limit;
    }

    long seq() {
        return seq;
    }

    Instant started() {
        return started;
    }

    long startNanos() {
        return startNanos;
    }

    void change(final String verb, final Object key, final @Nullable Object value) {
        if (changeCount++ < limit) {
            if (value == null) {
                changes.add(verb + " " + key);
            } else {
                var text = String.valueOf(value);
                if (text.length() > MAX_VALUE_TEXT) {
                    text = text.substring(0, MAX_VALUE_TEXT) + "...";
                }
                changes.add(verb + " " + key + " = " + text);
            }
        }
    }

    void plan(final Plan thePlan) {
        for (var op : thePlan.ops()) {
            if (!op.noCall) {
                if (planSize++ < limit) {
                    plan.add(op.toPlanned());
                }
            }
        }
    }

    void call(final CallRecord call) {
        if (!call.ok()) {
            failedCalls++;
        }
        if (callCount++ < limit) {
            calls.add(call);
        }
    }

    int callCount() {
        return callCount;
    }

    int failedCalls() {
        return failedCalls;
    }

    TransactionRecord finish(final long endNanos, final String outcome) {
        return new TransactionRecord(seq, kind, description, started, Duration.ofNanos(endNanos - startNanos),
            changes, changeCount, plan, planSize, calls, callCount, failedCalls, outcome);
    }
}
