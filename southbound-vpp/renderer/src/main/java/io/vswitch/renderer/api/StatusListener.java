package io.vswitch.renderer.api;

/**
 * Told what changed; e.g. the datastore glue writes it to the operational datastore. Called on the scheduler's
 * thread: an implementation must not block (hand the work on) and must not call back into the scheduler
 * synchronously expecting an answer.
 */
public interface StatusListener {
    /** A listener that ignores everything. */
    StatusListener NONE = batch -> { };

    /**
     * Statuses changed; one call per plan (batched).
     *
     * @param batch the changes
     */
    void onStatusChanged(StatusBatch batch);

    /**
     * A resync finished (on connect, on demand, or after descriptors changed).
     *
     * @param result its result
     */
    default void onResyncFinished(final ResyncResult result) {
        // nothing by default
    }
}
