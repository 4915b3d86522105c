package io.vswitch.renderer.spi;

import static java.util.Objects.requireNonNull;

/**
 * An item implied by another one's value (an interface's address, admin state, VRF binding, tag): a graph node of
 * its own, handled by whichever descriptor {@link Descriptor#handles(ItemKey) handles} its key. It exists only
 * while its parent is desired, and implicitly depends on its parent being applied.
 *
 * @param key its key, conventionally below the parent's
 * @param value its value, of the type its descriptor expects
 */
public record DerivedItem(ItemKey key, Object value) {
    /**
     * Checks the components.
     *
     * @param key its key
     * @param value its value
     */
    public DerivedItem {
        requireNonNull(key, "key");
        requireNonNull(value, "value");
    }
}
