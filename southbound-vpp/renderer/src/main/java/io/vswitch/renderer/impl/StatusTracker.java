package io.vswitch.renderer.impl;

import com.google.common.collect.ImmutableMap;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.StatusBatch;
import io.vswitch.renderer.api.StatusListener;
import io.vswitch.renderer.spi.ItemKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derives every item's status from the graph, keeps the last reported ones for readers on any thread, and reports
 * the changes to the listener, one batch per call.
 */
final class StatusTracker {
    private static final Logger LOG = LoggerFactory.getLogger(StatusTracker.class);

    private final String nodeName;
    private final StatusListener listener;
    private final ConcurrentHashMap<ItemKey, ItemStatus> published = new ConcurrentHashMap<>();

    StatusTracker(final String nodeName, final StatusListener listener) {
        this.nodeName = nodeName;
        this.listener = listener;
    }

    Map<ItemKey, ItemStatus> snapshot() {
        return ImmutableMap.copyOf(published);
    }

    Optional<ItemStatus> get(final ItemKey key) {
        return Optional.ofNullable(published.get(key));
    }

    /**
     * Recomputes the status of some items, reports what changed, and returns their statuses (removed items
     * absent).
     *
     * @param notConnected the reason the node is not connected, or null if it is
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    Map<ItemKey, ItemStatus> publish(final Collection<ItemKey> keys, final ItemGraph graph,
            final @Nullable String notConnected) {
        final var changed = new ArrayList<ItemStatus>();
        final var removed = new ArrayList<ItemKey>();
        final var current = new HashMap<ItemKey, ItemStatus>(keys.size() * 2);
        for (var key : keys) {
            final var item = graph.get(key);
            final var status = item == null ? null : statusOf(item, graph, notConnected);
            if (status == null) {
                if (published.remove(key) != null) {
                    removed.add(key);
                }
            } else {
                current.put(key, status);
                final var previous = published.put(key, status);
                if (!status.equals(previous)) {
                    changed.add(status);
                }
            }
        }
        final var batch = new StatusBatch(nodeName, changed, removed);
        if (!batch.isEmpty()) {
            try {
                listener.onStatusChanged(batch);
            } catch (RuntimeException e) {
                LOG.warn("{}: status listener failed", nodeName, e);
            }
        }
        return current;
    }

    /**
     * An item's status, or null for an item neither desired nor in the dataplane.
     */
    static @Nullable ItemStatus statusOf(final Item item, final ItemGraph graph, final @Nullable String notConnected) {
        if (item.isGone() || !item.isDesired() && !item.owned) {
            // a foreign item nobody asked for: remembered, not reported
            return null;
        }
        final var error = item.error;
        if (!item.isDesired()) {
            if (error != null) {
                return status(item, item.nextAttempt != null ? ItemState.RETRYING : ItemState.FAILED,
                    "removal " + error);
            }
            final String why;
            if (notConnected != null) {
                why = "node not connected (" + notConnected + ")";
            } else if (item.descriptor == null) {
                why = "no descriptor handles this item";
            } else {
                why = "the items created on it to be removed";
            }
            return status(item, ItemState.PENDING, "removal waits for " + why);
        }
        if (item.invalid != null) {
            return status(item, ItemState.FAILED, Objects.requireNonNull(item.invalid));
        }
        if (error == null && Objects.equals(item.applied, item.desired)) {
            return status(item, ItemState.APPLIED, "");
        }
        if (notConnected != null) {
            return status(item, ItemState.PENDING, "node not connected (" + notConnected + ")");
        }
        if (item.descriptor == null) {
            return status(item, ItemState.PENDING, "no descriptor handles this item");
        }
        for (var dep : item.desiredDeps) {
            final var depItem = graph.get(dep.key());
            if (depItem == null || !depItem.isUsable()) {
                final var plannerReason = item.plannerReason;
                return status(item, ItemState.PENDING, plannerReason != null ? plannerReason
                    : "waits for " + dep.label() + " (" + stateWord(depItem) + ")");
            }
        }
        if (error != null) {
            return status(item, item.nextAttempt != null ? ItemState.RETRYING : ItemState.FAILED, error.toString());
        }
        final var plannerReason = item.plannerReason;
        if (plannerReason != null) {
            return status(item, ItemState.PENDING, plannerReason);
        }
        return status(item, ItemState.PENDING, item.isApplied() ? "update not yet done" : "not yet created");
    }

    private static String stateWord(final @Nullable Item dep) {
        if (dep == null || !dep.isDesired()) {
            return "not configured";
        }
        if (dep.invalid != null || dep.error != null) {
            return dep.nextAttempt != null ? "retrying" : "failed";
        }
        return "pending";
    }

    private static ItemStatus status(final Item item, final ItemState state, final String reason) {
        return new ItemStatus(item.key, state, reason, item.error, state == ItemState.RETRYING ? item.nextAttempt
            : null, item.attempts, item.isDesired(), item.parent);
    }
}
