package io.vswitch.renderer.api;

/**
 * Where a desired item stands.
 */
public enum ItemState {
    /** In the dataplane, with the desired value. */
    APPLIED,
    /** Waiting: for a dependency, for the node to connect, or for a descriptor; the status names what. */
    PENDING,
    /** The dataplane refused it; it stays so until its value, a dependency or the node changes, or a resync. */
    FAILED,
    /** The dataplane refused it with an error that may pass; the next attempt is scheduled. */
    RETRYING
}
