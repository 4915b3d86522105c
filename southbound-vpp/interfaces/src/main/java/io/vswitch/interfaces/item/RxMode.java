package io.vswitch.interfaces.item;

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
}
