package io.vswitch.renderer.api;

/**
 * What the scheduler asked a descriptor to do.
 */
public enum Operation {
    /** {@code Descriptor.create}. */
    CREATE,
    /** {@code Descriptor.update} (in place). */
    UPDATE,
    /** {@code Descriptor.delete}. */
    DELETE,
    /** {@code Descriptor.retrieve}, during a resync. */
    RETRIEVE
}
