package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

/**
 * An af_packet interface on an existing host interface.
 *
 * @param hostIfName the kernel interface
 */
public record AfPacketType(String hostIfName) implements InterfaceType {
    /**
     * Checks the name.
     *
     * @param hostIfName the kernel interface
     */
    public AfPacketType {
        requireNonNull(hostIfName, "hostIfName");
    }

    @Override
    public boolean matches(final InterfaceType actual) {
        return equals(actual);
    }
}
