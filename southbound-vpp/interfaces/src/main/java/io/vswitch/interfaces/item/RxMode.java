package io.vswitch.interfaces.item;

import java.util.Optional;

/**
 * Receive mode of an interface's queues, with VPP's {@code rx_mode} value.
 */
public enum RxMode {
    /** The worker polls. */
    POLLING(1),
    /** The worker sleeps until packets arrive. */
    INTERRUPT(2),
    /** Interrupt at low load, polling at high load. */
    ADAPTIVE(3);

    /** VPP's {@code RX_MODE_API_DEFAULT}: back to the driver's default. */
    public static final int API_DEFAULT = 4;

    private final int apiValue;

    RxMode(final int apiValue) {
        this.apiValue = apiValue;
    }

    /**
     * VPP's value.
     *
     * @return {@code RX_MODE_API_*}
     */
    public int apiValue() {
        return apiValue;
    }

    /**
     * The mode VPP reports ({@code sw_interface_rx_placement_details}), if it is one of ours.
     *
     * @param apiValue {@code RX_MODE_API_*}
     * @return the mode, empty for unknown or default
     */
    public static Optional<RxMode> ofApi(final int apiValue) {
        for (RxMode mode : values()) {
            if (mode.apiValue == apiValue) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
