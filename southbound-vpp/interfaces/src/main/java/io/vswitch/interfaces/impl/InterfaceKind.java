package io.vswitch.interfaces.impl;

import java.util.Optional;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.InterfaceType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Memif;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.SubInterface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Tap;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Vxlan;

/**
 * The model's interface-type identities, as an enum.
 */
enum InterfaceKind {
    LOOPBACK(Loopback.class),
    MEMIF(Memif.class),
    TAP(Tap.class),
    AF_PACKET(AfPacket.class),
    VXLAN(Vxlan.class),
    SUB_INTERFACE(SubInterface.class);

    private final Class<? extends InterfaceType> identity;

    InterfaceKind(final Class<? extends InterfaceType> identity) {
        this.identity = identity;
    }

    static Optional<InterfaceKind> of(final InterfaceType type) {
        final Class<?> implemented = type.implementedInterface();
        for (InterfaceKind kind : values()) {
            if (kind.identity.equals(implemented)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
