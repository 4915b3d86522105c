package io.vswitch.l2.impl;

import io.vswitch.l2.L2Keys;
import io.vswitch.renderer.odl.spi.ConfigMapping;
import io.vswitch.renderer.spi.ItemKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.Xconnects;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.Xconnect;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.XconnectKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * {@code /nodes/node/xconnects/xconnect} entries as one cross-connect item each (one direction).
 */
final class XconnectConfigMapping implements ConfigMapping<Xconnect> {
    static final InstanceIdentifier<Xconnect> ENTRIES = InstanceIdentifier.create(Nodes.class)
        .child(Node.class).augmentation(Node1.class).child(Xconnects.class).child(Xconnect.class);

    @Override
    public InstanceIdentifier<Xconnect> entries() {
        return ENTRIES;
    }

    @Override
    public Collection<Xconnect> entriesOf(final Node node) {
        final Node1 augmentation = node.augmentation(Node1.class);
        if (augmentation == null || augmentation.getXconnects() == null) {
            return List.of();
        }
        final var entries = augmentation.getXconnects().getXconnect();
        return entries == null ? List.of() : entries.values();
    }

    @Override
    public Map<ItemKey, Object> items(final String node, final Xconnect entry) {
        return Map.of(L2Keys.xconnectKey(node, entry.requireReceiveInterface()), L2Mapper.xconnect(entry));
    }

    @Override
    public InstanceIdentifier<Xconnect> pathOf(final String node, final Xconnect entry) {
        return InstanceIdentifier.builder(Nodes.class).child(Node.class, new NodeKey(node))
            .augmentation(Node1.class).child(Xconnects.class)
            .child(Xconnect.class, new XconnectKey(entry.requireReceiveInterface()))
            .build();
    }
}
