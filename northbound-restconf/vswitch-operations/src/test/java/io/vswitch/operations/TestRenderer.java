package io.vswitch.operations;

import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.odl.RendererService;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The renderer service over real schedulers.
 */
record TestRenderer(Map<String, NodeScheduler> schedulers) implements RendererService {
    @Override
    public SortedSet<String> nodes() {
        return new TreeSet<>(schedulers.keySet());
    }

    @Override
    public Optional<NodeScheduler> scheduler(final String node) {
        return Optional.ofNullable(schedulers.get(node));
    }
}
