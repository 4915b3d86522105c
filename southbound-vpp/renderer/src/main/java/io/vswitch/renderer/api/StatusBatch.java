package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import io.vswitch.renderer.spi.ItemKey;
import java.util.List;

/**
 * The status changes one plan (or one other step of a scheduler) made.
 *
 * @param node the node's name
 * @param changed the statuses that are new or differ from the last reported ones
 * @param removed the items the scheduler no longer knows (not desired and not in the dataplane)
 */
public record StatusBatch(String node, List<ItemStatus> changed, List<ItemKey> removed) {
    /**
     * Copies the lists.
     *
     * @param node the node's name
     * @param changed the changed statuses
     * @param removed the removed items
     */
    public StatusBatch {
        requireNonNull(node, "node");
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /**
     * Whether nothing changed.
     *
     * @return true if both lists are empty
     */
    public boolean isEmpty() {
        return changed.isEmpty() && removed.isEmpty();
    }
}
