package io.vswitch.interfaces.impl;

import io.vswitch.renderer.odl.spi.ConfigMapping;
import io.vswitch.renderer.spi.ItemKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.Interfaces;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * {@code /nodes/node/interfaces/interface} entries as interface items (see {@link InterfaceMapper}).
 */
final class InterfaceConfigMapping implements ConfigMapping<Interface> {
    static final InstanceIdentifier<Interface> ENTRIES = InstanceIdentifier.create(Nodes.class).child(Node.class)
        .augmentation(Node1.class).child(Interfaces.class).child(Interface.class);

    @Override
    public InstanceIdentifier<Interface> entries() {
        return ENTRIES;
    }

    @Override
    public Collection<Interface> entriesOf(final Node node) {
        final Node1 augmentation = node.augmentation(Node1.class);
        if (augmentation == null || augmentation.getInterfaces() == null) {
            return List.of();
        }
        final var entries = augmentation.getInterfaces().getInterface();
        return entries == null ? List.of() : entries.values();
    }

    @Override
    public Map<ItemKey, Object> items(final String node, final Interface entry) {
        return InterfaceMapper.items(node, entry);
    }

    @Override
    public InstanceIdentifier<Interface> pathOf(final String node, final Interface entry) {
        return path(node, entry.getName());
    }

    static InstanceIdentifier<Interface> path(final String node, final String name) {
        return InstanceIdentifier.builder(Nodes.class).child(Node.class, new NodeKey(node))
            .augmentation(Node1.class).child(Interfaces.class)
            .child(Interface.class, new InterfaceKey(name))
            .build();
    }
}
