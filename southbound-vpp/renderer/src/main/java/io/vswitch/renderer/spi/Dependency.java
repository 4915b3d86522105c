package io.vswitch.renderer.spi;

import static java.util.Objects.requireNonNull;

/**
 * One item's need for another to exist in the dataplane first, as data: the scheduler keeps the item pending,
 * naming {@link #label()}, until the item under {@link #key()} is applied, and removes the item before it removes
 * that one.
 *
 * @param key the item needed
 * @param label what a person reads in a pending reason, e.g. {@code interface vpp1/loop0}
 */
public record Dependency(ItemKey key, String label) {
    /**
     * Checks the components.
     *
     * @param key the item needed
     * @param label the human-readable label
     */
    public Dependency {
        requireNonNull(key, "key");
        requireNonNull(label, "label");
    }

    /**
     * A dependency.
     *
     * @param key the item needed
     * @param label the human-readable label
     * @return the dependency
     */
    public static Dependency on(final ItemKey key, final String label) {
        return new Dependency(key, label);
    }
}
