package io.vswitch.interfaces.impl;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceSettings;
import io.vswitch.interfaces.item.InterfaceType;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.interfaces.item.MemifSocket;
import io.vswitch.interfaces.item.MemifType;
import io.vswitch.interfaces.item.RxMode;
import io.vswitch.renderer.spi.ItemKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Prefix;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv6Prefix;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;

/**
 * One configured interface as renderer items: the interface item and, for a memif, its socket file registration
 * (shared with the other memifs on that file; the glue counts the references).
 */
final class InterfaceMapper {
    private InterfaceMapper() {
        // static only
    }

    static Map<ItemKey, Object> items(final String node, final Interface entry) {
        final InterfaceItem item = item(entry);
        final Map<ItemKey, Object> items = new LinkedHashMap<>(2);
        items.put(InterfaceKeys.interfaceKey(node, item.name()), item);
        if (item.type() instanceof MemifType memif) {
            items.put(InterfaceKeys.memifSocketKey(node, memif.socketFilename()),
                new MemifSocket(memif.socketFilename()));
        }
        return items;
    }

    static InterfaceItem item(final Interface entry) {
        final String name = entry.getName();
        if (entry.getType() == null) {
            throw new IllegalArgumentException("interface " + name + " has no type");
        }
        final InterfaceKind kind = InterfaceKind.of(entry.getType()).orElseThrow(() ->
            new IllegalArgumentException("interface " + name + ": unknown type " + entry.getType()));
        final InterfaceType type = TypeParametersMapper.map(name, kind, entry.getTypeParameters());
        return new InterfaceItem(name, type, settings(entry));
    }

    private static InterfaceSettings settings(final Interface entry) {
        final List<IpPrefix> addresses = new ArrayList<>();
        if (entry.getIpv4Address() != null) {
            for (Ipv4Prefix prefix : entry.getIpv4Address()) {
                addresses.add(IpPrefix.parse(prefix.getValue()));
            }
        }
        if (entry.getIpv6Address() != null) {
            for (Ipv6Prefix prefix : entry.getIpv6Address()) {
                addresses.add(IpPrefix.parse(prefix.getValue()));
            }
        }
        final int vrf = entry.getVrf() == null ? 0 : entry.getVrf().intValue();
        return new InterfaceSettings(!Boolean.FALSE.equals(entry.getEnabled()),
            entry.getMtu() == null ? null : entry.getMtu().intValue(),
            entry.getMacAddress() == null ? null : new MacAddress(entry.getMacAddress().getValue()),
            addresses, vrf, vrf, entry.getUnnumbered(), rxMode(entry.getRxMode()));
    }

    private static @Nullable RxMode rxMode(final Interface.@Nullable RxMode mode) {
        if (mode == null) {
            return null;
        }
        return switch (mode) {
            case Polling -> RxMode.POLLING;
            case Interrupt -> RxMode.INTERRUPT;
            case Adaptive -> RxMode.ADAPTIVE;
        };
    }
}
