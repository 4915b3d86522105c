package io.vswitch.l3.impl;

import io.vswitch.renderer.odl.spi.ConfigMapping;
import io.vswitch.renderer.spi.ItemKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemStatus;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * One configured list of the L3 area: where it is, how to find its entries in a node, how one entry becomes items,
 * and the path of one entry.
 *
 * @param <T> the entry type
 */
final class L3ConfigMapping<T extends DataObject & ItemStatus> implements ConfigMapping<T> {
    private final InstanceIdentifier<T> entries;
    private final Function<L3, @Nullable Map<?, T>> list;
    private final BiFunction<String, T, Map<ItemKey, Object>> items;
    private final BiFunction<String, T, InstanceIdentifier<T>> path;
    private final @Nullable ContextualItems<T> contextual;

    /**
     * Items that depend on the rest of the node's configuration too.
     */
    @FunctionalInterface
    interface ContextualItems<T> {
        Map<ItemKey, Object> items(String node, T entry, Node config);
    }

    L3ConfigMapping(final InstanceIdentifier<T> entries, final Function<L3, @Nullable Map<?, T>> list,
            final BiFunction<String, T, Map<ItemKey, Object>> items,
            final BiFunction<String, T, InstanceIdentifier<T>> path) {
        this(entries, list, items, path, null);
    }

    L3ConfigMapping(final InstanceIdentifier<T> entries, final Function<L3, @Nullable Map<?, T>> list,
            final BiFunction<String, T, Map<ItemKey, Object>> items,
            final BiFunction<String, T, InstanceIdentifier<T>> path, final @Nullable ContextualItems<T> contextual) {
        this.contextual = contextual;
        this.entries = entries;
        this.list = list;
        this.items = items;
        this.path = path;
    }

    @Override
    public InstanceIdentifier<T> entries() {
        return entries;
    }

    @Override
    public Collection<T> entriesOf(final Node node) {
        final Node1 augmentation = node.augmentation(Node1.class);
        final L3 l3 = augmentation == null ? null : augmentation.getL3();
        final Map<?, T> found = l3 == null ? null : list.apply(l3);
        return found == null ? List.of() : found.values();
    }

    @Override
    public Map<ItemKey, Object> items(final String node, final T entry) {
        return items.apply(node, entry);
    }

    @Override
    public Map<ItemKey, Object> items(final String node, final T entry, final Node config) {
        return contextual == null ? items(node, entry) : contextual.items(node, entry, config);
    }

    @Override
    public InstanceIdentifier<T> pathOf(final String node, final T entry) {
        return path.apply(node, entry);
    }
}
