package io.vswitch.renderer.odl.spi;

import io.vswitch.renderer.spi.ItemKey;
import java.util.Collection;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemStatus;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * How the entries of one configured list of a node become renderer items, and where their status is shown.
 *
 * <p>The list's entries must use the {@code vsn:item-status} grouping: the status of the items an entry becomes is
 * written into the entry's operational twin ({@code .../entry/status}), the worst state first.
 *
 * @param <T> the list entry type, e.g. {@code Interface}
 */
public interface ConfigMapping<T extends DataObject & ItemStatus> {
    /**
     * The list, wildcarded at the node and at the entries, e.g.
     * {@code InstanceIdentifier.create(Nodes.class).child(Node.class).augmentation(NodeInterfaces.class)
     * .child(Interfaces.class).child(Interface.class)}. Every step between the node and the list is a container
     * or an augmentation.
     */
    InstanceIdentifier<T> entries();

    /**
     * Every entry of this list in the given node's configuration (used at start and when a whole subtree is
     * replaced).
     */
    Collection<T> entriesOf(Node node);

    /**
     * The base items one entry becomes, keyed node name first (derived items come from the descriptors). Usually
     * one item; never empty for a valid entry.
     */
    Map<ItemKey, Object> items(String node, T entry);

    /**
     * Like {@link #items(String, DataObject)}, for entries whose items also depend on other parts of the node's
     * configuration (e.g. a route through a BVI also waits for that BVI's bridge domain). An entry is mapped again
     * only when it changes itself, so such a dependency must be one that is right to keep while the entry stays
     * (an item that goes away makes the entry pending, which is the point).
     *
     * @param node the node's name
     * @param entry the entry
     * @param config the node's whole configuration, as committed
     * @return the base items of the entry
     */
    default Map<ItemKey, Object> items(final String node, final T entry, final Node config) {
        return items(node, entry);
    }

    /**
     * The path of the given entry in the datastore, for its status.
     */
    InstanceIdentifier<T> pathOf(String node, T entry);
}
