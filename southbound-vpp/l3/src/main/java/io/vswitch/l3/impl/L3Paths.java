package io.vswitch.l3.impl;

import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Neighbor;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.ProxyArp;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Vrf;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.proxy.arp.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.proxy.arp.Range;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The datastore paths of the L3 lists: wildcarded ones for the glue, and those of single entries.
 */
final class L3Paths {
    static final InstanceIdentifier<Vrf> VRFS = l3Wildcard().child(Vrf.class);
    static final InstanceIdentifier<Route> ROUTES = l3Wildcard().child(Route.class);
    static final InstanceIdentifier<Neighbor> NEIGHBORS = l3Wildcard().child(Neighbor.class);
    static final InstanceIdentifier<Range> RANGES = l3Wildcard().child(ProxyArp.class).child(Range.class);
    static final InstanceIdentifier<Interface> PROXY_INTERFACES =
        l3Wildcard().child(ProxyArp.class).child(Interface.class);

    private L3Paths() {
        // constants only
    }

    private static InstanceIdentifier<L3> l3Wildcard() {
        return InstanceIdentifier.create(Nodes.class).child(Node.class).augmentation(Node1.class).child(L3.class);
    }

    static InstanceIdentifier<L3> l3(final String node) {
        return InstanceIdentifier.builder(Nodes.class).child(Node.class, new NodeKey(node))
            .augmentation(Node1.class).child(L3.class).build();
    }

    static InstanceIdentifier<Vrf> vrf(final String node, final Vrf entry) {
        return l3(node).child(Vrf.class, entry.key());
    }

    static InstanceIdentifier<Route> route(final String node, final Route entry) {
        return l3(node).child(Route.class, entry.key());
    }

    static InstanceIdentifier<Neighbor> neighbor(final String node, final Neighbor entry) {
        return l3(node).child(Neighbor.class, entry.key());
    }

    static InstanceIdentifier<Range> range(final String node, final Range entry) {
        return l3(node).child(ProxyArp.class).child(Range.class, entry.key());
    }

    static InstanceIdentifier<Interface> proxyInterface(final String node, final Interface entry) {
        return l3(node).child(ProxyArp.class).child(Interface.class, entry.key());
    }
}
