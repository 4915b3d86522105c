package io.vswitch.interfaces.impl;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.item.AfPacketType;
import io.vswitch.interfaces.item.InterfaceType;
import io.vswitch.interfaces.item.LoopbackType;
import io.vswitch.interfaces.item.MemifMode;
import io.vswitch.interfaces.item.MemifRole;
import io.vswitch.interfaces.item.MemifType;
import io.vswitch.interfaces.item.SubInterfaceType;
import io.vswitch.interfaces.item.TapType;
import io.vswitch.interfaces.item.VxlanType;
import java.net.InetAddress;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddress;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.TypeParameters;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.Memif;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.SubInterface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.Tap;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.Vxlan;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * The {@code type-parameters} choice of an interface entry as creation parameters, with the model's defaults for
 * leaves left out (the binding does not fill them in).
 */
final class TypeParametersMapper {
    private static final int DEFAULT_MEMIF_RING = 1024;
    private static final int DEFAULT_MEMIF_BUFFER = 2048;

    private TypeParametersMapper() {
        // static only
    }

    static InterfaceType map(final String name, final InterfaceKind kind, final @Nullable TypeParameters params) {
        return switch (kind) {
            case LOOPBACK -> new LoopbackType();
            case MEMIF -> memif(require(name, kind, params, Memif.class).getMemif(), name);
            case TAP -> tap(params instanceof Tap tap ? tap.getTap() : null);
            case AF_PACKET -> afPacket(require(name, kind, params, AfPacket.class).getAfPacket(), name);
            case VXLAN -> vxlan(require(name, kind, params, Vxlan.class).getVxlan(), name);
            case SUB_INTERFACE -> subInterface(require(name, kind, params, SubInterface.class).getSubInterface(),
                name);
        };
    }

    private static <C extends TypeParameters> C require(final String name, final InterfaceKind kind,
            final @Nullable TypeParameters params, final Class<C> type) {
        if (!type.isInstance(params)) {
            throw new IllegalArgumentException("interface " + name + " of type " + kind + " needs the "
                + type.getSimpleName() + " parameters");
        }
        return type.cast(params);
    }

    private static MemifType memif(final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes
            .node.interfaces._interface.type.parameters.memif.@Nullable Memif memif, final String name) {
        if (memif == null || memif.getId() == null) {
            throw new IllegalArgumentException("memif interface " + name + " needs an id");
        }
        final String socket = memif.getSocketFilename();
        final var role = memif.getRole();
        final var mode = memif.getMode();
        final String secret = memif.getSecret();
        return new MemifType(MemifType.normaliseSocket(socket == null ? MemifType.DEFAULT_SOCKET : socket),
            memif.getId().intValue(),
            role == null ? MemifRole.MASTER : MemifRole.ofApi(role.getIntValue()),
            mode == null ? MemifMode.ETHERNET : MemifMode.ofApi(mode.getIntValue()),
            uint32(memif.getRingSize(), DEFAULT_MEMIF_RING), uint16(memif.getBufferSize(), DEFAULT_MEMIF_BUFFER),
            uint8(memif.getRxQueues(), 1), uint8(memif.getTxQueues(), 1), secret == null ? "" : secret);
    }

    private static TapType tap(final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes
            .node.interfaces._interface.type.parameters.tap.@Nullable Tap tap) {
        if (tap == null) {
            return new TapType(null, null, TapType.DEFAULT_RING_SIZE, TapType.DEFAULT_RING_SIZE);
        }
        return new TapType(tap.getHostIfName(), tap.getHostNamespace(),
            uint16(tap.getRxRingSize(), TapType.DEFAULT_RING_SIZE),
            uint16(tap.getTxRingSize(), TapType.DEFAULT_RING_SIZE));
    }

    private static AfPacketType afPacket(final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces
            .rev261125.nodes.node.interfaces._interface.type.parameters.af.packet.@Nullable AfPacket afPacket,
            final String name) {
        if (afPacket == null || afPacket.getHostIfName() == null) {
            throw new IllegalArgumentException("af-packet interface " + name + " needs a host-if-name");
        }
        return new AfPacketType(afPacket.getHostIfName());
    }

    private static VxlanType vxlan(final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125
            .nodes.node.interfaces._interface.type.parameters.vxlan.@Nullable Vxlan vxlan, final String name) {
        if (vxlan == null || vxlan.getSourceAddress() == null || vxlan.getDestinationAddress() == null
                || vxlan.getVni() == null) {
            throw new IllegalArgumentException("vxlan interface " + name + " needs source, destination and vni");
        }
        return new VxlanType(address(vxlan.getSourceAddress()), address(vxlan.getDestinationAddress()),
            vxlan.getVni().intValue(), uint32(vxlan.getEncapVrf(), 0));
    }

    private static SubInterfaceType subInterface(final org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces
            .rev261125.nodes.node.interfaces._interface.type.parameters.sub._interface.@Nullable SubInterface sub,
            final String name) {
        if (sub == null || sub.getParent() == null || sub.getSubId() == null || sub.getVlanId() == null) {
            throw new IllegalArgumentException("sub-interface " + name + " needs parent, sub-id and vlan-id");
        }
        return new SubInterfaceType(sub.getParent(), sub.getSubId().intValue(), sub.getVlanId().intValue());
    }

    static InetAddress address(final IpAddress address) {
        final String text = address.getIpv4Address() != null ? address.getIpv4Address().getValue()
            : address.getIpv6Address().getValue();
        final int zone = text.indexOf('%');
        return InetAddresses.forString(zone < 0 ? text : text.substring(0, zone));
    }

    private static int uint32(final @Nullable Uint32 value, final int absent) {
        return value == null ? absent : value.intValue();
    }

    private static int uint16(final @Nullable Uint16 value, final int absent) {
        return value == null ? absent : value.intValue();
    }

    private static int uint8(final @Nullable Uint8 value, final int absent) {
        return value == null ? absent : value.intValue();
    }
}
