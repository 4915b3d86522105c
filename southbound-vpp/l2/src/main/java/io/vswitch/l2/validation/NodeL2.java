package io.vswitch.l2.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.Interfaces;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.BridgeDomains;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.Xconnects;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.Xconnect;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * One node's L2 configuration with its interfaces, sorted by name (so that a conflict is always reported the same
 * way).
 *
 * @param node the node's name
 * @param domains the bridge domains, by name
 * @param xconnects the cross-connects, by receiving interface
 * @param interfaces the node's interfaces by name
 */
record NodeL2(String node, List<BridgeDomain> domains, List<Xconnect> xconnects, Map<String, Interface> interfaces) {
    NodeL2 {
        domains = List.copyOf(domains);
        xconnects = List.copyOf(xconnects);
        interfaces = Map.copyOf(interfaces);
    }

    static NodeL2 of(final Node node) {
        final Optional<Node1> l2 = Optional.ofNullable(node.augmentation(Node1.class));
        final List<BridgeDomain> domains = l2.map(Node1::getBridgeDomains).map(BridgeDomains::getBridgeDomain)
            .map(Map::values).stream().flatMap(values -> values.stream())
            .sorted(Comparator.comparing(BridgeDomain::requireName)).toList();
        final List<Xconnect> xconnects = l2.map(Node1::getXconnects).map(Xconnects::getXconnect)
            .map(Map::values).stream().flatMap(values -> values.stream())
            .sorted(Comparator.comparing(Xconnect::requireReceiveInterface)).toList();
        final Map<String, Interface> interfaces = Optional.ofNullable(node.augmentation(
                org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1.class))
            .map(org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1::getInterfaces)
            .map(Interfaces::getInterface)
            .map(Map::values).stream().flatMap(values -> values.stream())
            .collect(Collectors.toMap(Interface::requireName, Function.identity()));
        return new NodeL2(node.requireName(), domains, xconnects, interfaces);
    }

    @Nullable Interface iface(final String name) {
        return interfaces.get(name);
    }

    String domainPath(final BridgeDomain domain, final String... tail) {
        return path("/bridge-domains/bridge-domain=" + L2Paths.encode(domain.requireName()), tail);
    }

    String xconnectPath(final Xconnect xconnect, final String... tail) {
        return path("/xconnects/xconnect=" + L2Paths.encode(xconnect.requireReceiveInterface()), tail);
    }

    private String path(final String entry, final String... tail) {
        final StringBuilder sb = new StringBuilder("/nodes/node=").append(L2Paths.encode(node)).append(entry);
        for (String segment : tail) {
            sb.append('/').append(segment);
        }
        return sb.toString();
    }
}
