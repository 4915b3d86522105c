package io.vswitch.interfaces.item;

import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A tap v2 interface.
 *
 * @param hostIfName the kernel side's name, null to let VPP choose
 * @param hostNamespace the kernel side's network namespace, null for the default one
 * @param rxRingSize receive ring size
 * @param txRingSize transmit ring size
 */
public record TapType(@Nullable String hostIfName, @Nullable String hostNamespace, int rxRingSize, int txRingSize)
        implements InterfaceType {
    /** VPP's default ring size. */
    public static final int DEFAULT_RING_SIZE = 256;

    @Override
    public boolean matches(final InterfaceType actual) {
        return actual instanceof TapType other
            && (hostIfName == null || hostIfName.equals(other.hostIfName))
            && Objects.equals(hostNamespace, other.hostNamespace)
            && rxRingSize == other.rxRingSize && txRingSize == other.txRingSize;
    }
}
