package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one resync found and did.
 *
 * @param seq its number in the transaction log
 * @param started when it started
 * @param duration how long it took, plan included
 * @param complete true if every descriptor's retrieve succeeded and the plan ran to its end while connected
 * @param retrieved items found in the dataplane (derived ones included)
 * @param creates create calls issued
 * @param updates update calls issued
 * @param deletes delete calls issued
 * @param failedCalls calls that failed
 * @param errors readable problems (a failed retrieve, not connected), empty when none
 */
public record ResyncResult(long seq, Instant started, Duration duration, boolean complete, int retrieved,
        int creates, int updates, int deletes, int failedCalls, List<String> errors) {
    /**
     * Copies the list.
     *
     * @param seq the number
     * @param started the start
     * @param duration the duration
     * @param complete whether complete
     * @param retrieved items found
     * @param creates create calls
     * @param updates update calls
     * @param deletes delete calls
     * @param failedCalls failed calls
     * @param errors problems
     */
    public ResyncResult {
        requireNonNull(started, "started");
        requireNonNull(duration, "duration");
        errors = List.copyOf(errors);
    }

    /**
     * All calls issued.
     *
     * @return creates, updates and deletes
     */
    public int calls() {
        return creates + updates + deletes;
    }
}
