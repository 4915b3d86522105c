package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One entry of the transaction log: what changed, the plan, and each call with its result. Long lists are cut
 * to the scheduler's limit; the counts say how many there were.
 *
 * @param seq its number, increasing per node
 * @param kind what started it
 * @param description its cause (e.g. {@code datastore commit 42}, {@code retry}, {@code connected})
 * @param started when it started
 * @param duration how long it took
 * @param changes the desired-state changes, readable (e.g. {@code put vpp1/interfaces/loop0 = ...})
 * @param changeCount how many changes there were
 * @param plan the planned calls
 * @param planSize how many planned calls there were
 * @param calls the calls issued, in completion order
 * @param callCount how many calls were issued
 * @param failedCalls how many of them failed
 * @param outcome a one-line summary, e.g. {@code 3 applied, 1 pending, 1 failed}
 */
public record TransactionRecord(long seq, Kind kind, String description, Instant started, Duration duration,
        List<String> changes, int changeCount, List<PlannedOp> plan, int planSize, List<CallRecord> calls,
        int callCount, int failedCalls, String outcome) {
    /**
     * What started a log entry.
     */
    public enum Kind {
        /** A submitted transaction. */
        TRANSACTION,
        /** A resync (on connect, on demand, after descriptors changed). */
        RESYNC,
        /** A retry of items that failed with a retriable error. */
        RETRY
    }

    /**
     * Copies the lists.
     *
     * @param seq its number
     * @param kind what started it
     * @param description its cause
     * @param started when it started
     * @param duration how long it took
     * @param changes the changes
     * @param changeCount all changes
     * @param plan the plan
     * @param planSize all planned calls
     * @param calls the calls
     * @param callCount all calls
     * @param failedCalls failed calls
     * @param outcome the summary
     */
    public TransactionRecord {
        requireNonNull(kind, "kind");
        requireNonNull(description, "description");
        requireNonNull(started, "started");
        requireNonNull(duration, "duration");
        requireNonNull(outcome, "outcome");
        changes = List.copyOf(changes);
        plan = List.copyOf(plan);
        calls = List.copyOf(calls);
    }

    /**
     * The whole record as text a person reads.
     *
     * @return several lines
     */
    public String describe() {
        final var sb = new StringBuilder()
            .append('#').append(seq).append(' ').append(kind).append(" \"").append(description).append("\" at ")
            .append(started).append(", ").append(duration.toMillis()).append(" ms: ").append(outcome).append('\n');
        section(sb, "changes", changes, changeCount);
        section(sb, "plan", plan, planSize);
        section(sb, "calls (" + failedCalls + " failed)", calls, callCount);
        return sb.toString();
    }

    private static void section(final StringBuilder sb, final String title, final List<?> lines, final int count) {
        sb.append("  ").append(title).append(": ").append(count).append('\n');
        for (var line : lines) {
            sb.append("    ").append(line).append('\n');
        }
        if (count > lines.size()) {
            sb.append("    ... ").append(count - lines.size()).append(" more\n");
        }
    }
}
