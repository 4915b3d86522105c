package io.vswitch.renderer.spi;

import static java.util.Objects.requireNonNull;

/**
 * One item found in the dataplane by {@link Descriptor#retrieve}, keyed the way desired items are keyed so that
 * the scheduler can correlate the two.
 *
 * @param <V> the value type
 * @param key the key it would have as a desired item
 * @param value its value as found
 * @param metadata its metadata as found (e.g. its {@code sw_if_index})
 * @param owned true if we created it (e.g. its VPP tag carries our name): the scheduler deletes an owned item that
 *     is no longer desired; false for foreign items (created by someone else, or built into VPP), which it never
 *     deletes but may adopt and update when a desired item has the same key
 */
public record RetrievedItem<V>(ItemKey key, V value, Metadata metadata, boolean owned) {
    /**
     * Checks the components.
     *
     * @param key its key
     * @param value its value
     * @param metadata its metadata
     * @param owned whether we created it
     */
    public RetrievedItem {
        requireNonNull(key, "key");
        requireNonNull(value, "value");
        requireNonNull(metadata, "metadata");
    }

    /**
     * An item we created.
     *
     * @param <V> the value type
     * @param key its key
     * @param value its value
     * @param metadata its metadata
     * @return the item
     */
    public static <V> RetrievedItem<V> owned(final ItemKey key, final V value, final Metadata metadata) {
        return new RetrievedItem<>(key, value, metadata, true);
    }

    /**
     * An item someone else created.
     *
     * @param <V> the value type
     * @param key its key
     * @param value its value
     * @param metadata its metadata
     * @return the item
     */
    public static <V> RetrievedItem<V> foreign(final ItemKey key, final V value, final Metadata metadata) {
        return new RetrievedItem<>(key, value, metadata, false);
    }
}
