package io.vswitch.renderer.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the dataplane gave an item when it was created, that later calls need: e.g. the {@code sw_if_index} VPP
 * allocated to an interface, which its addresses' descriptor reads through {@link ApplyContext#metadata}.
 * Immutable; small.
 */
public final class Metadata {
    /** No metadata. */
    public static final Metadata EMPTY = new Metadata(ImmutableMap.of());

    private final ImmutableMap<String, Object> entries;

    private Metadata(final ImmutableMap<String, Object> entries) {
        this.entries = entries;
    }

    /**
     * Metadata of one entry.
     *
     * @param <T> the entry's type
     * @param key the entry's key
     * @param value its value
     * @return the metadata
     */
    public static <T> Metadata of(final MetadataKey<T> key, final T value) {
        return EMPTY.with(key, value);
    }

    /**
     * This metadata with one more entry, or the entry replaced.
     *
     * @param <T> the entry's type
     * @param key the entry's key
     * @param value its value
     * @return new metadata
     */
    public <T> Metadata with(final MetadataKey<T> key, final T value) {
        requireNonNull(value, "value");
        if (!key.type().isInstance(value)) {
            throw new IllegalArgumentException(key + " takes " + key.type().getName() + ", not " + value.getClass());
        }
        final var builder = ImmutableMap.<String, Object>builderWithExpectedSize(entries.size() + 1);
        builder.putAll(entries).put(key.name(), value);
        return new Metadata(builder.buildKeepingLast());
    }

    /**
     * One entry, if present.
     *
     * @param <T> the entry's type
     * @param key the entry's key
     * @return the value
     */
    public <T> Optional<T> get(final MetadataKey<T> key) {
        final var value = entries.get(key.name());
        return key.type().isInstance(value) ? Optional.of(key.type().cast(value)) : Optional.empty();
    }

    /**
     * One entry that must be present.
     *
     * @param <T> the entry's type
     * @param key the entry's key
     * @return the value
     * @throws IllegalStateException if absent
     */
    public <T> T require(final MetadataKey<T> key) {
        return get(key).orElseThrow(() -> new IllegalStateException("no metadata " + key + " in " + this));
    }

    /**
     * All entries, by name.
     *
     * @return an immutable map
     */
    public Map<String, Object> asMap() {
        return entries;
    }

    /**
     * Whether there is no entry.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(final Object obj) {
        return this == obj || obj instanceof Metadata other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
