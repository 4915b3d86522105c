package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.vswitch.renderer.spi.ItemKey;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A set of desired-state changes to apply together, e.g. one datastore commit: items to put (create or change)
 * and items to delete. A key is either put or deleted, never both.
 *
 * @param puts the desired values by key
 * @param deletes the keys no longer desired
 * @param replaceAll if true, every desired item not in {@code puts} is deleted too: the transaction states the
 *     whole desired state of the node (e.g. after the controller restarted)
 * @param description what caused it, for the transaction log (e.g. {@code datastore commit 42})
 */
public record Transaction(Map<ItemKey, Object> puts, Set<ItemKey> deletes, boolean replaceAll,
        String description) {
    /**
     * Copies and checks the components.
     *
     * @param puts the desired values
     * @param deletes the deleted keys
     * @param replaceAll whether this is the whole desired state
     * @param description the cause
     */
    public Transaction {
        puts = ImmutableMap.copyOf(puts);
        deletes = ImmutableSet.copyOf(deletes);
        requireNonNull(description, "description");
        for (var key : deletes) {
            if (puts.containsKey(key)) {
                throw new IllegalArgumentException(key + " is both put and deleted");
            }
        }
    }

    /**
     * A builder.
     *
     * @param description what caused the transaction
     * @return a new builder
     */
    public static Builder builder(final String description) {
        return new Builder(description);
    }

    /**
     * The number of changes.
     *
     * @return puts plus deletes
     */
    public int size() {
        return puts.size() + deletes.size();
    }

    /**
     * Builds a {@link Transaction}; the last word on a key wins.
     */
    public static final class Builder {
        private final Map<ItemKey, Object> puts = new LinkedHashMap<>();
        private final Set<ItemKey> deletes = new LinkedHashSet<>();
        private final String description;
        private boolean replaceAll;

        private Builder(final String description) {
            this.description = requireNonNull(description);
        }

        /**
         * Desires an item with a value.
         *
         * @param key the item
         * @param value its value
         * @return this builder
         */
        public Builder put(final ItemKey key, final Object value) {
            deletes.remove(key);
            puts.put(requireNonNull(key), requireNonNull(value));
            return this;
        }

        /**
         * No longer desires an item.
         *
         * @param key the item
         * @return this builder
         */
        public Builder delete(final ItemKey key) {
            puts.remove(key);
            deletes.add(requireNonNull(key));
            return this;
        }

        /**
         * Makes the transaction state the whole desired state of the node.
         *
         * @return this builder
         */
        public Builder replaceAll() {
            replaceAll = true;
            return this;
        }

        /**
         * The transaction.
         *
         * @return a new transaction
         */
        public Transaction build() {
            return new Transaction(puts, deletes, replaceAll, description);
        }
    }
}
