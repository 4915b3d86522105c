package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

/**
 * Derived: the receive mode of all the interface's queues.
 *
 * @param mode the mode
 */
public record RxModeSetting(RxMode mode) {
    /**
     * Checks the mode.
     *
     * @param mode the mode
     */
    public RxModeSetting {
        requireNonNull(mode, "mode");
    }
}
