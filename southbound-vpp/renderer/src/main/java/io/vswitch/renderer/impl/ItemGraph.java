package io.vswitch.renderer.impl;

import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.DerivedItem;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The items of one node and the dependency edges between them, in both directions: desired dependencies (what
 * an item needs before it can be created) and applied dependencies (what it needed when it was created, which
 * orders its removal). Confined to the scheduler's thread.
 */
final class ItemGraph {
    private static final Logger LOG = LoggerFactory.getLogger(ItemGraph.class);

    private final String nodeName;
    private final Map<ItemKey, Item> items = new HashMap<>();
    private final Map<ItemKey, Set<ItemKey>> desiredDependents = new HashMap<>();
    private final Map<ItemKey, Set<ItemKey>> appliedDependents = new HashMap<>();
    private final Set<ItemKey> baseKeys = new HashSet<>();
    private DescriptorSet descriptors;

    ItemGraph(final String nodeName, final DescriptorSet descriptors) {
        this.nodeName = nodeName;
        this.descriptors = descriptors;
    }

    @Nullable Item get(final ItemKey key) {
        return items.get(key);
    }

    Collection<Item> items() {
        return items.values();
    }

    Set<ItemKey> keys() {
        return items.keySet();
    }

    int size() {
        return items.size();
    }

    /** The keys desired by transactions (not derived). */
    Set<ItemKey> baseKeys() {
        return baseKeys;
    }

    DescriptorSet descriptors() {
        return descriptors;
    }

    Item getOrCreate(final ItemKey key) {
        return items.computeIfAbsent(key, k -> {
            final var item = new Item(k);
            item.descriptor = descriptors.resolve(k);
            return item;
        });
    }

    /** Items whose desired or applied dependencies name the key. */
    Set<ItemKey> dependentsOf(final ItemKey key) {
        final var desired = desiredDependents.getOrDefault(key, Set.of());
        final var applied = appliedDependents.getOrDefault(key, Set.of());
        if (applied.isEmpty()) {
            return desired;
        }
        if (desired.isEmpty()) {
            return applied;
        }
        final var union = new HashSet<>(desired);
        union.addAll(applied);
        return union;
    }

    /** Items that were created needing the key. */
    Set<ItemKey> appliedDependentsOf(final ItemKey key) {
        return appliedDependents.getOrDefault(key, Set.of());
    }

    /**
     * Desires an item by transaction.
     *
     * @return false if the key is already derived from another item and cannot be put
     */
    boolean putBase(final ItemKey key, final Object value, final Set<ItemKey> dirty) {
        final var item = getOrCreate(key);
        if (!item.base && item.parent != null && item.desired != null) {
            LOG.warn("{}: {} is derived from {}; a transaction cannot put it", nodeName, key, item.parent);
            return false;
        }
        item.makeBase();
        baseKeys.add(key);
        setDesired(item, value, dirty);
        return true;
    }

    /** No longer desires an item put by transaction; derived items cannot be deleted on their own. */
    void deleteBase(final ItemKey key, final Set<ItemKey> dirty) {
        final var item = items.get(key);
        if (item == null || !item.base) {
            if (item != null && item.desired != null) {
                LOG.warn("{}: {} is derived from {}; a transaction cannot delete it", nodeName, key, item.parent);
            }
            return;
        }
        clearDesired(item, dirty);
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void setDesired(final Item item, final Object value, final Set<ItemKey> dirty) {
        dirty.add(item.key);
        item.desire(value);
        item.clearFailure();

        final var descriptor = item.descriptor;
        List<Dependency> deps = List.of();
        List<DerivedItem> derived = List.of();
        if (descriptor != null) {
            if (!descriptor.valueType().isInstance(value)) {
                item.invalid = "descriptor " + descriptor.name() + " takes " + descriptor.valueType().getSimpleName()
                    + ", not " + value.getClass().getSimpleName();
            } else {
                try {
                    deps = descriptor.dependencies(item.key, value);
                    derived = descriptor.derive(item.key, value);
                } catch (RuntimeException e) {
                    LOG.warn("{}: descriptor {} failed on {}", nodeName, descriptor.name(), item.key, e);
                    item.invalid = "descriptor " + descriptor.name() + " failed on this value: " + e;
                    deps = List.of();
                    derived = List.of();
                }
            }
        }
        setDesiredDeps(item, withParent(item, deps));
        if (descriptor == null) {
            // what it derives is unknown until its descriptor comes: the derived items stay as they are
            return;
        }

        final var newDerived = new ArrayList<ItemKey>(derived.size());
        for (var derivedItem : derived) {
            if (adoptDerived(item, derivedItem, dirty)) {
                newDerived.add(derivedItem.key());
            }
        }
        for (var old : item.derivedKeys) {
            if (!newDerived.contains(old)) {
                clearDerived(item.key, old, dirty);
            }
        }
        item.derivedKeys = List.copyOf(newDerived);
    }

    private boolean adoptDerived(final Item parent, final DerivedItem derivedItem, final Set<ItemKey> dirty) {
        final var key = derivedItem.key();
        if (!key.node().equals(nodeName)) {
            LOG.warn("{}: {} derives {} of another node; ignored", nodeName, parent.key, key);
            return false;
        }
        final var child = getOrCreate(key);
        if (child.base || child.desired != null && child.parent != null && !parent.key.equals(child.parent)) {
            LOG.warn("{}: {} derives {}, which is already {}; ignored", nodeName, parent.key, key,
                child.base ? "desired on its own" : "derived from " + child.parent);
            return false;
        }
        child.parent = parent.key;
        setDesired(child, derivedItem.value(), dirty);
        return true;
    }

    private void clearDerived(final ItemKey parentKey, final ItemKey key, final Set<ItemKey> dirty) {
        final var child = items.get(key);
        if (child != null && !child.base && parentKey.equals(child.parent)) {
            clearDesired(child, dirty);
        }
    }

    private void clearDesired(final Item item, final Set<ItemKey> dirty) {
        dirty.add(item.key);
        item.desire(null);
        if (item.base) {
            item.base = false;
            baseKeys.remove(item.key);
        }
        item.clearFailure();
        setDesiredDeps(item, List.of());
        for (var child : item.derivedKeys) {
            clearDerived(item.key, child, dirty);
        }
        item.derivedKeys = List.of();
        // item.parent stays until the item is gone: its status still names it
    }

    /** The item's dependencies for a value: the descriptor's, plus the parent of a derived item. */
    @SuppressWarnings("checkstyle:IllegalCatch")
    List<Dependency> dependenciesOf(final Item item, final Object value) {
        final var descriptor = item.descriptor;
        List<Dependency> deps = List.of();
        if (descriptor != null && descriptor.valueType().isInstance(value)) {
            try {
                deps = descriptor.dependencies(item.key, value);
            } catch (RuntimeException e) {
                LOG.warn("{}: descriptor {} failed on {}", nodeName, descriptor.name(), item.key, e);
            }
        }
        return withParent(item, deps);
    }

    private List<Dependency> withParent(final Item item, final List<Dependency> deps) {
        final var parentKey = item.parent;
        if (parentKey == null) {
            return List.copyOf(deps);
        }
        final var parentItem = items.get(parentKey);
        final var label = (parentItem == null ? "item" : parentItem.descriptorName()) + " " + parentKey;
        final var all = new ArrayList<Dependency>(deps.size() + 1);
        all.add(Dependency.on(parentKey, label));
        for (var dep : deps) {
            if (!dep.key().equals(parentKey)) {
                all.add(dep);
            }
        }
        return List.copyOf(all);
    }

    private void setDesiredDeps(final Item item, final List<Dependency> deps) {
        unindex(desiredDependents, item.key, item.desiredDeps);
        item.desiredDeps = deps;
        index(desiredDependents, item.key, deps);
    }

    /** Records what the dataplane has of an item (null value: nothing). */
    void setApplied(final Item item, final @Nullable Object value, final Metadata metadata,
            final List<Dependency> deps) {
        unindex(appliedDependents, item.key, item.appliedDeps);
        item.applied = value;
        item.metadata = value == null ? Metadata.EMPTY : metadata;
        item.appliedDeps = value == null ? List.of() : deps;
        index(appliedDependents, item.key, item.appliedDeps);
    }

    /** Forgets an item that is neither desired nor applied. */
    boolean removeIfGone(final ItemKey key) {
        final var item = items.get(key);
        if (item == null || !item.isGone()) {
            return false;
        }
        items.remove(key);
        return true;
    }

    /**
     * Replaces the descriptors; items whose descriptor changed are re-resolved and their desired values
     * re-derived.
     */
    void setDescriptors(final DescriptorSet newDescriptors, final Set<ItemKey> dirty) {
        descriptors = newDescriptors;
        final var changedBase = new ArrayList<Item>();
        for (var item : List.copyOf(items.values())) {
            final var resolved = newDescriptors.resolve(item.key);
            if (resolved != item.descriptor) {
                item.descriptor = resolved;
                dirty.add(item.key);
                if (item.base && item.desired != null) {
                    changedBase.add(item);
                } else if (item.parent != null && item.desired != null) {
                    final var parentItem = items.get(item.parent);
                    if (parentItem != null && parentItem.desired != null) {
                        changedBase.add(parentItem);
                    }
                }
            }
        }
        for (var item : changedBase) {
            final var value = item.desired;
            if (value != null) {
                setDesired(item, value, dirty);
            }
        }
    }

    private static void index(final Map<ItemKey, Set<ItemKey>> index, final ItemKey dependent,
            final List<Dependency> deps) {
        for (var dep : deps) {
            index.computeIfAbsent(dep.key(), k -> new HashSet<>()).add(dependent);
        }
    }

    private static void unindex(final Map<ItemKey, Set<ItemKey>> index, final ItemKey dependent,
            final List<Dependency> deps) {
        for (var dep : deps) {
            final var set = index.get(dep.key());
            if (set != null) {
                set.remove(dependent);
                if (set.isEmpty()) {
                    index.remove(dep.key());
                }
            }
        }
    }
}
