package io.vswitch.renderer.spi;

/**
 * How a descriptor moves an applied item from one value to another.
 */
public enum UpdatePolicy {
    /** Nothing to do in the dataplane: the scheduler only records the new value. */
    NOOP,
    /** {@link Descriptor#update} changes the item where it stands; dependents stay. */
    UPDATE_IN_PLACE,
    /** Delete and create again; the scheduler removes the item's dependents first and re-creates them after. */
    RECREATE
}
