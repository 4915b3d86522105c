package io.vswitch.renderer.odl;

import io.vswitch.renderer.api.NodeScheduler;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The running renderer: one scheduler per configured node. For the console and the RPCs (status, history, resync).
 */
public interface RendererService {
    /**
     * The names of the nodes that have a scheduler, sorted.
     */
    SortedSet<String> nodes();

    /**
     * The node's scheduler, if the node is configured.
     */
    Optional<NodeScheduler> scheduler(String node);
}
