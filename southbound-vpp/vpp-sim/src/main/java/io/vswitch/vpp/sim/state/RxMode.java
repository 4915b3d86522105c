package io.vswitch.vpp.sim.state;

/**
 * Receive modes ({@code rx_mode} in the API, {@code vnet_hw_if_rx_mode} in VPP), by their API values.
 */
public enum RxMode {
    /** Unknown / not applicable. */
    UNKNOWN(0, "unknown"),
    /** Polling. */
    POLLING(1, "polling"),
    /** Interrupt. */
    INTERRUPT(2, "interrupt"),
    /** Adaptive. */
    ADAPTIVE(3, "adaptive"),
    /** The default mode (only as a request value). */
    DEFAULT(4, "default");

    private final int apiValue;
    private final String text;

    RxMode(final int apiValue, final String text) {
        this.apiValue = apiValue;
        this.text = text;
    }

    /**
     * The value on the wire.
     *
     * @return the API enum value
     */
    public int apiValue() {
        return apiValue;
    }

    /**
     * The mode of an API value.
     *
     * @param value the API enum value
     * @return the mode, {@link #UNKNOWN} for anything else
     */
    public static RxMode ofApi(final int value) {
        for (RxMode mode : values()) {
            if (mode.apiValue == value) {
                return mode;
            }
        }
        return UNKNOWN;
    }

    @Override
    public String toString() {
        return text;
    }
}
