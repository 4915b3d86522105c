package io.vswitch.l3.impl;

import io.vswitch.l2.L2Keys;
import io.vswitch.renderer.spi.ItemKey;
import java.util.HashMap;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.Member;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * The BVIs of a node's bridge domains: a route through a BVI reaches nothing without its domain, so it waits for
 * the BVI's membership in that domain (and goes back to pending when the domain is deleted).
 */
final class BviDomains {
    private BviDomains() {
        // static helpers only
    }

    /**
     * Interface name to the item of its BVI membership, for every BVI configured on the node.
     */
    static Map<String, ItemKey> of(final String node, final Node config) {
        final Node1 l2 = config.augmentation(Node1.class);
        if (l2 == null || l2.getBridgeDomains() == null) {
            return Map.of();
        }
        final Map<String, ItemKey> found = new HashMap<>();
        for (BridgeDomain domain : l2.getBridgeDomains().nonnullBridgeDomain().values()) {
            for (Member member : domain.nonnullMember().values()) {
                if (Boolean.TRUE.equals(member.getBvi()) && member.getInterface() != null) {
                    found.put(member.getInterface(), L2Keys.memberKey(L2Keys.domainKey(node, domain.requireName()),
                        member.getInterface()));
                }
            }
        }
        return found;
    }
}
