package io.vswitch.interfaces.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.Interfaces;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;

/**
 * The interfaces of one node, sorted by name (so that a conflict always names the same two interfaces the same way),
 * with a lookup by name.
 *
 * @param node the node's name
 * @param sorted every interface, by name
 * @param byName every interface by its name
 */
record NodeInterfaces(String node, List<Interface> sorted, Map<String, Interface> byName) {
    NodeInterfaces {
        sorted = List.copyOf(sorted);
        byName = Map.copyOf(byName);
    }

    static NodeInterfaces of(final Node node) {
        final List<Interface> sorted = Optional.ofNullable(node.augmentation(Node1.class)).map(Node1::getInterfaces)
            .map(Interfaces::getInterface).map(Map::values).stream().flatMap(values -> values.stream())
            .sorted(Comparator.comparing(Interface::requireName)).toList();
        return new NodeInterfaces(node.requireName(), sorted,
            sorted.stream().collect(Collectors.toMap(Interface::requireName, Function.identity())));
    }

    String path(final Interface iface, final String... tail) {
        return Paths.iface(node, iface.requireName(), tail);
    }
}
