package io.vswitch.renderer.impl;

import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered descriptors, immutable: which one handles a key, and in which order to retrieve them.
 */
final class DescriptorSet {
    private static final Logger LOG = LoggerFactory.getLogger(DescriptorSet.class);

    private final List<Descriptor<Object>> descriptors;

    private DescriptorSet(final List<Descriptor<Object>> descriptors) {
        this.descriptors = descriptors;
    }

    @SuppressWarnings("unchecked")
    static DescriptorSet of(final Collection<? extends Descriptor<?>> descriptors) {
        final var byName = new LinkedHashMap<String, Descriptor<Object>>();
        for (var descriptor : descriptors) {
            final var previous = byName.putIfAbsent(descriptor.name(), (Descriptor<Object>) descriptor);
            if (previous != null && previous != descriptor) {
                LOG.warn("two descriptors named {}: {} and {}; the second is ignored", descriptor.name(), previous,
                    descriptor);
            }
        }
        return new DescriptorSet(List.copyOf(byName.values()));
    }

    List<Descriptor<Object>> all() {
        return descriptors;
    }

    Optional<Descriptor<Object>> byName(final String name) {
        return descriptors.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The descriptor handling a key; the first registered wins when several claim it. */
    @SuppressWarnings("checkstyle:IllegalCatch")
    @Nullable Descriptor<Object> resolve(final ItemKey key) {
        for (var descriptor : descriptors) {
            try {
                if (descriptor.handles(key)) {
                    return descriptor;
                }
            } catch (RuntimeException e) {
                LOG.warn("descriptor {} failed on handles({})", descriptor.name(), key, e);
            }
        }
        return null;
    }

    /**
     * The descriptors in retrieve order: each after those named by its {@code retrieveDependencies()}, grouped in
     * levels whose members may be retrieved concurrently. Unknown names are ignored; a cycle is broken.
     */
    List<List<Descriptor<Object>>> retrieveLevels() {
        final var levels = new ArrayList<List<Descriptor<Object>>>();
        final var done = new HashSet<String>();
        final var left = new ArrayList<>(descriptors);
        while (!left.isEmpty()) {
            final var level = new ArrayList<Descriptor<Object>>();
            for (var descriptor : left) {
                final boolean ready = descriptor.retrieveDependencies().stream()
                    .allMatch(name -> done.contains(name) || byName(name).isEmpty());
                if (ready) {
                    level.add(descriptor);
                }
            }
            if (level.isEmpty()) {
                LOG.warn("retrieve dependencies form a cycle among {}; retrieving {} first", names(left),
                    left.get(0).name());
                level.add(left.get(0));
            }
            left.removeAll(level);
            level.forEach(d -> done.add(d.name()));
            levels.add(List.copyOf(level));
        }
        return levels;
    }

    private static List<String> names(final List<Descriptor<Object>> list) {
        return list.stream().map(Descriptor::name).toList();
    }
}
