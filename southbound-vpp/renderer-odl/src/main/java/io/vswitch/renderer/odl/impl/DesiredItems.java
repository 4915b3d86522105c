package io.vswitch.renderer.odl.impl;

import io.vswitch.renderer.spi.ItemKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One node's desired items, by the configuration entry that produced them. Several entries may produce the same
 * item (a shared item such as a memif socket file): it stays desired while any of them does.
 *
 * <p>Not thread-safe: the owner serialises access.
 *
 * @param <E> how an entry is identified (its datastore path in the product)
 * @param <G> the group an entry belongs to (its list mapping), so that one group can be replaced as a whole
 */
final class DesiredItems<E, G> {
    /**
     * The item changes one update made: what to put (new or changed values) and what to delete.
     */
    record Changes(Map<ItemKey, Object> puts, Set<ItemKey> deletes) {
        boolean isEmpty() {
            return puts.isEmpty() && deletes.isEmpty();
        }
    }

    private record Entry<G>(G group, Map<ItemKey, Object> items) {
    }

    private record Item<E>(Object value, Set<E> producers) {
    }

    private final Map<E, Entry<G>> entries = new HashMap<>();
    private final Map<ItemKey, Item<E>> items = new HashMap<>();

    /**
     * Sets the items one entry produces (replacing what it produced before).
     */
    void setEntry(final E entry, final G group, final Map<ItemKey, Object> produced, final ChangeCollector out) {
        final Entry<G> previous = entries.put(entry, new Entry<>(group, Map.copyOf(produced)));
        if (previous != null) {
            for (ItemKey key : previous.items().keySet()) {
                if (!produced.containsKey(key)) {
                    release(entry, key, out);
                }
            }
        }
        produced.forEach((key, value) -> acquire(entry, key, value, out));
    }

    /**
     * Forgets an entry and the items only it produced.
     */
    void removeEntry(final E entry, final ChangeCollector out) {
        final Entry<G> previous = entries.remove(entry);
        if (previous != null) {
            previous.items().keySet().forEach(key -> release(entry, key, out));
        }
    }

    /**
     * Replaces every entry of a group by the given ones.
     */
    void replaceGroup(final G group, final Map<E, Map<ItemKey, Object>> produced, final ChangeCollector out) {
        final Set<E> gone = new HashSet<>();
        entries.forEach((entry, known) -> {
            if (known.group().equals(group) && !produced.containsKey(entry)) {
                gone.add(entry);
            }
        });
        gone.forEach(entry -> removeEntry(entry, out));
        produced.forEach((entry, itemsOfEntry) -> setEntry(entry, group, itemsOfEntry, out));
    }

    /**
     * The entries that produce this item (empty when it is not desired).
     */
    Set<E> producers(final ItemKey key) {
        final Item<E> item = items.get(key);
        return item == null ? Set.of() : Set.copyOf(item.producers());
    }

    int itemCount() {
        return items.size();
    }

    private void acquire(final E entry, final ItemKey key, final Object value, final ChangeCollector out) {
        final Item<E> existing = items.get(key);
        if (existing == null) {
            final Set<E> producers = new HashSet<>();
            producers.add(entry);
            items.put(key, new Item<>(value, producers));
            out.put(key, value);
            return;
        }
        existing.producers().add(entry);
        if (!Objects.equals(existing.value(), value)) {
            // The last writer wins; validation keeps entries sharing an item in agreement.
            items.put(key, new Item<>(value, existing.producers()));
            out.put(key, value);
        } else if (existing.producers().size() == 1) {
            // The same entry wrote the same value again: put it again so that a failed item is retried.
            out.put(key, value);
        }
    }

    private void release(final E entry, final ItemKey key, final ChangeCollector out) {
        final Item<E> existing = items.get(key);
        if (existing != null && existing.producers().remove(entry) && existing.producers().isEmpty()) {
            items.remove(key);
            out.delete(key);
        }
    }

    /**
     * Gathers the changes of one or more updates into one renderer transaction.
     */
    static final class ChangeCollector {
        private final Map<ItemKey, Object> puts = new LinkedHashMap<>();
        private final Set<ItemKey> deletes = new HashSet<>();

        void put(final ItemKey key, final Object value) {
            deletes.remove(key);
            puts.put(key, value);
        }

        void delete(final ItemKey key) {
            puts.remove(key);
            deletes.add(key);
        }

        Changes changes() {
            return new Changes(Map.copyOf(puts), Set.copyOf(deletes));
        }
    }
}
