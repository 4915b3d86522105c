package io.vswitch.interfaces.validation;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces._interface.type.parameters.Tap;
import org.opendaylight.yangtools.yang.common.Uint16;

/**
 * Tap v2 ring sizes: VPP's tap_create_v2 takes powers of two up to 32768.
 */
final class TapRule implements InterfaceRule {
    private static final int DEFAULT_RING_SIZE = 256;
    private static final int MAX_RING_SIZE = 32768;

    @Override
    public void check(final NodeInterfaces interfaces, final List<Violation> violations) {
        for (Interface iface : interfaces.sorted()) {
            if (iface.getTypeParameters() instanceof Tap tapCase) {
                final var tap = tapCase.getTap();
                if (tap != null) {
                    checkRing(interfaces, iface, "rx", tap.getRxRingSize(), violations);
                    checkRing(interfaces, iface, "tx", tap.getTxRingSize(), violations);
                }
            }
        }
    }

    private static void checkRing(final NodeInterfaces interfaces, final Interface iface, final String direction,
            final @Nullable Uint16 configured, final List<Violation> violations) {
        final int size = configured != null ? configured.toJava() : DEFAULT_RING_SIZE;
        if (!PowerOfTwo.test(size) || size > MAX_RING_SIZE) {
            violations.add(new Violation(interfaces.path(iface, "tap", direction + "-ring-size"), "tap "
                + direction + " ring size " + size + " must be a power of two from 1 to " + MAX_RING_SIZE));
        }
    }
}
