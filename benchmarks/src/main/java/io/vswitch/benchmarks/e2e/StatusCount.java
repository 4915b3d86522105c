package io.vswitch.benchmarks.e2e;

import java.util.List;

/**
 * What one read of a list's operational statuses found.
 *
 * @param entries the list entries in the operational datastore
 * @param applied those whose status reads {@code applied}
 * @param failed those whose status reads {@code failed} (final until their configuration changes)
 * @param notApplied a few of the others, as {@code key=state}, for diagnostics
 * @param readNanos how long the read took (request to parsed answer)
 */
record StatusCount(int entries, int applied, int failed, List<String> notApplied, long readNanos) {
    StatusCount {
        notApplied = List.copyOf(notApplied);
    }

    boolean allApplied(final int expected) {
        return entries == expected && applied == expected;
    }

    @Override
    public String toString() {
        return applied + " of " + entries + " applied, " + failed + " failed"
            + (notApplied.isEmpty() ? "" : ", e.g. " + notApplied);
    }
}
