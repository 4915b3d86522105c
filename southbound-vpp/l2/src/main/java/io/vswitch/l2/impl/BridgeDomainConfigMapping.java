package io.vswitch.l2.impl;

import io.vswitch.l2.L2Keys;
import io.vswitch.renderer.odl.spi.ConfigMapping;
import io.vswitch.renderer.spi.ItemKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.BridgeDomains;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomainKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * {@code /nodes/node/bridge-domains/bridge-domain} entries as one bridge domain item each (its members and entries
 * are derived by the descriptor; their status shows in the domain's).
 */
final class BridgeDomainConfigMapping implements ConfigMapping<BridgeDomain> {
    static final InstanceIdentifier<BridgeDomain> ENTRIES = InstanceIdentifier.create(Nodes.class)
        .child(Node.class).augmentation(Node1.class).child(BridgeDomains.class).child(BridgeDomain.class);

    @Override
    public InstanceIdentifier<BridgeDomain> entries() {
        return ENTRIES;
    }

    @Override
    public Collection<BridgeDomain> entriesOf(final Node node) {
        final Node1 augmentation = node.augmentation(Node1.class);
        if (augmentation == null || augmentation.getBridgeDomains() == null) {
            return List.of();
        }
        final var entries = augmentation.getBridgeDomains().getBridgeDomain();
        return entries == null ? List.of() : entries.values();
    }

    @Override
    public Map<ItemKey, Object> items(final String node, final BridgeDomain entry) {
        return Map.of(L2Keys.domainKey(node, entry.requireName()), L2Mapper.domain(entry));
    }

    @Override
    public InstanceIdentifier<BridgeDomain> pathOf(final String node, final BridgeDomain entry) {
        return path(node, entry.requireName());
    }

    static InstanceIdentifier<BridgeDomain> path(final String node, final String name) {
        return InstanceIdentifier.builder(Nodes.class).child(Node.class, new NodeKey(node))
            .augmentation(Node1.class).child(BridgeDomains.class)
            .child(BridgeDomain.class, new BridgeDomainKey(name))
            .build();
    }
}
