package io.vswitch.interfaces.validation;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.InterfaceType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Memif;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.SubInterface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Tap;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Vxlan;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.TypeParameters;

/**
 * The kinds of interface: the {@code type} identity, the {@code type-parameters} case that goes with it, and whether
 * that case is required (it is when the case has mandatory leaves).
 */
enum InterfaceKind {
    LOOPBACK(Loopback.class, null, false, "loopback"),
    MEMIF(Memif.class, org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces
        ._interface.type.parameters.Memif.class, true, "memif"),
    TAP(Tap.class, org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces
        ._interface.type.parameters.Tap.class, false, "tap"),
    AF_PACKET(AfPacket.class, org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node
        .interfaces._interface.type.parameters.AfPacket.class, true, "af-packet"),
    VXLAN(Vxlan.class, org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces
        ._interface.type.parameters.Vxlan.class, true, "vxlan"),
    SUB_INTERFACE(SubInterface.class, org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes
        .node.interfaces._interface.type.parameters.SubInterface.class, true, "sub-interface");

    private final Class<? extends InterfaceType> identity;
    private final @Nullable Class<? extends TypeParameters> parameters;
    private final boolean parametersRequired;
    private final String yangName;

    InterfaceKind(final Class<? extends InterfaceType> identity,
            final @Nullable Class<? extends TypeParameters> parameters, final boolean parametersRequired,
            final String yangName) {
        this.identity = identity;
        this.parameters = parameters;
        this.parametersRequired = parametersRequired;
        this.yangName = yangName;
    }

    static Optional<InterfaceKind> ofType(final @Nullable InterfaceType type) {
        return type == null ? Optional.empty()
            : Arrays.stream(values()).filter(kind -> kind.identity == type.implementedInterface()).findFirst();
    }

    static Optional<InterfaceKind> ofParameters(final TypeParameters parameters) {
        return Arrays.stream(values()).filter(kind -> kind.parameters == parameters.implementedInterface())
            .findFirst();
    }

    boolean parametersRequired() {
        return parametersRequired;
    }

    /**
     * The YANG name of the identity, which is also the name of its case and container.
     */
    String yangName() {
        return yangName;
    }
}
