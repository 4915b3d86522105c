package io.vswitch.renderer.odl.impl;

import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.StatusBatch;
import io.vswitch.renderer.spi.ItemKey;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns item status changes into entry status changes: each entry shows the worst state of the items it produced
 * and of their derived items. Not thread-safe: fed by one scheduler thread.
 *
 * @param <P> how an entry is identified
 */
final class StatusAggregator<P> {
    /**
     * The worst state first; among equals the shallowest item, which is usually the cause (an interface's VRF binding
     * waits for its table, its addresses wait for the binding).
     */
    private static final Comparator<ItemStatus> WORST_FIRST = Comparator
        .comparingInt((ItemStatus status) -> severity(status.state())).reversed()
        .thenComparingInt(status -> status.key().relativeSegments().size())
        .thenComparing(ItemStatus::key);

    private final Function<ItemKey, Set<P>> producers;
    private final Map<P, Map<ItemKey, ItemStatus>> byEntry = new HashMap<>();
    private final Map<ItemKey, Set<P>> entriesOfKey = new HashMap<>();
    private final Map<P, EntryStatus> shown = new HashMap<>();
    /** How many shown entries are in each state. */
    private final EnumMap<ItemState, Integer> counts = new EnumMap<>(ItemState.class);

    /**
     * Creates an aggregator.
     *
     * @param producers the entries that produce a base item (empty if none does any more), as a snapshot the
     *     aggregator may keep
     */
    StatusAggregator(final Function<ItemKey, Set<P>> producers) {
        this.producers = producers;
    }

    /**
     * Applies a batch; returns the entries whose shown status changed, with the new status, or empty when the entry
     * has no item status left (its items are gone).
     */
    Map<P, Optional<EntryStatus>> apply(final StatusBatch batch) {
        final Set<P> touched = new HashSet<>();
        for (ItemStatus status : batch.changed()) {
            final Set<P> entries = entriesOf(status);
            for (P entry : entries) {
                byEntry.computeIfAbsent(entry, ignored -> new HashMap<>()).put(status.key(), status);
                touched.add(entry);
            }
        }
        for (ItemKey key : batch.removed()) {
            final Set<P> entries = entriesOfKey.remove(key);
            if (entries == null) {
                continue;
            }
            for (P entry : entries) {
                final Map<ItemKey, ItemStatus> statuses = byEntry.get(entry);
                if (statuses != null) {
                    statuses.remove(key);
                    touched.add(entry);
                }
            }
        }
        final Map<P, Optional<EntryStatus>> changed = new LinkedHashMap<>();
        for (P entry : touched) {
            final Map<ItemKey, ItemStatus> statuses = byEntry.get(entry);
            if (statuses == null || statuses.isEmpty()) {
                byEntry.remove(entry);
                final EntryStatus gone = shown.remove(entry);
                if (gone != null) {
                    count(gone.state(), -1);
                    changed.put(entry, Optional.empty());
                }
                continue;
            }
            final EntryStatus next = summarise(statuses);
            final EntryStatus previous = shown.put(entry, next);
            if (!next.equals(previous)) {
                if (previous != null) {
                    count(previous.state(), -1);
                }
                count(next.state(), 1);
                changed.put(entry, Optional.of(next));
            }
        }
        return changed;
    }

    /**
     * How many entries show each state now (states no entry shows are absent).
     */
    Map<ItemState, Integer> counts() {
        return Map.copyOf(counts);
    }

    private void count(final ItemState state, final int delta) {
        counts.merge(state, delta, (left, right) -> left + right == 0 ? null : left + right);
    }

    private Set<P> entriesOf(final ItemStatus status) {
        final Set<P> known = entriesOfKey.get(status.key());
        if (known != null && !known.isEmpty()) {
            return known;
        }
        final ItemKey base = status.derivedFrom() != null ? status.derivedFrom() : status.key();
        // the producers' set is a snapshot already
        Set<P> found = producers.apply(base);
        if (found.isEmpty()) {
            // A derived item's parent gone, or an item no longer desired: attach to what we knew of its parent.
            final Set<P> parentEntries = entriesOfKey.get(base);
            found = parentEntries == null ? Set.of() : Set.copyOf(parentEntries);
        }
        if (!found.isEmpty()) {
            entriesOfKey.put(status.key(), found);
        }
        return found;
    }

    private static EntryStatus summarise(final Map<ItemKey, ItemStatus> statuses) {
        // most entries produce one item: no comparison to make
        final ItemStatus worst = statuses.size() == 1 ? statuses.values().iterator().next()
            : statuses.values().stream().min(WORST_FIRST).orElseThrow();
        final ItemKey base = worst.derivedFrom();
        String reason = worst.reason();
        if (base != null && worst.state() != ItemState.APPLIED) {
            final String aspect = worst.key().path().startsWith(base.path() + "/")
                ? worst.key().path().substring(base.path().length() + 1) : worst.key().path();
            reason = aspect + ": " + reason;
        }
        final ErrorInfo error = worst.error();
        if (worst.state() == ItemState.APPLIED) {
            return new EntryStatus(ItemState.APPLIED, "", null, null);
        }
        return new EntryStatus(worst.state(), reason, error == null ? null : error.messageName(),
            error == null ? null : error.retval());
    }

    private static int severity(final ItemState state) {
        return switch (state) {
            case APPLIED -> 0;
            case PENDING -> 1;
            case RETRYING -> 2;
            case FAILED -> 3;
        };
    }
}
