package io.vswitch.l2.item;

import static java.util.Objects.requireNonNull;

/**
 * One direction of an L2 cross-connect: what the receive interface receives goes out of the transmit interface.
 *
 * @param receiveInterface the configured name of the receiving interface
 * @param transmitInterface the configured name of the transmitting interface
 */
public record Xconnect(String receiveInterface, String transmitInterface) {
    /**
     * Checks the components.
     *
     * @param receiveInterface the receiving interface
     * @param transmitInterface the transmitting interface
     */
    public Xconnect {
        requireNonNull(receiveInterface, "receiveInterface");
        requireNonNull(transmitInterface, "transmitInterface");
    }
}
