package io.vswitch.renderer.spi;

import static java.util.Objects.requireNonNull;

/**
 * A typed name for one entry of {@link Metadata}, typically a constant of the descriptor that produces it, e.g.
 * {@code MetadataKey.of("sw_if_index", Integer.class)}.
 *
 * @param <T> the entry's type
 * @param name the entry's name, unique within one item's metadata
 * @param type the entry's type
 */
public record MetadataKey<T>(String name, Class<T> type) {
    /**
     * Checks the components.
     *
     * @param name the entry's name
     * @param type the entry's type
     */
    public MetadataKey {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
    }

    /**
     * A key.
     *
     * @param <T> the entry's type
     * @param name the entry's name
     * @param type the entry's type
     * @return the key
     */
    public static <T> MetadataKey<T> of(final String name, final Class<T> type) {
        return new MetadataKey<>(name, type);
    }

    @Override
    public String toString() {
        return name;
    }
}
