package io.vswitch.renderer.impl;

import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import java.util.Map;
import java.util.Optional;

/**
 * The context of one call: the node handle and a snapshot of the dependencies' metadata.
 */
record ApplyContextImpl(String nodeName, Object handle, Map<ItemKey, Metadata> dependencies)
        implements ApplyContext {
    ApplyContextImpl {
        dependencies = Map.copyOf(dependencies);
    }

    @Override
    public <N> N node(final Class<N> type) {
        return type.cast(handle);
    }

    @Override
    public Metadata metadata(final ItemKey dependency) {
        return findMetadata(dependency).orElseThrow(() -> new IllegalArgumentException(
            dependency + " is not an applied dependency; these are: " + dependencies.keySet()));
    }

    @Override
    public Optional<Metadata> findMetadata(final ItemKey dependency) {
        return Optional.ofNullable(dependencies.get(dependency));
    }
}
