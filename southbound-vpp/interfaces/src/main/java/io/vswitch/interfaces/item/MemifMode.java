package io.vswitch.interfaces.item;

/**
 * What a memif's rings carry, with VPP's {@code memif_mode} value.
 */
public enum MemifMode {
    /** Ethernet frames. */
    ETHERNET(0),
    /** IP packets. */
    IP(1),
    /** Punt/inject. */
    PUNT_INJECT(2);

    private final int apiValue;

    MemifMode(final int apiValue) {
        this.apiValue = apiValue;
    }

    /**
     * VPP's value.
     *
     * @return {@code MEMIF_MODE_API_*}
     */
    public int apiValue() {
        return apiValue;
    }

    /**
     * The mode of a VPP value.
     *
     * @param value {@code MEMIF_MODE_API_*}
     * @return the mode
     * @throws IllegalArgumentException for an unknown value
     */
    public static MemifMode ofApi(final int value) {
        for (MemifMode mode : values()) {
            if (mode.apiValue == value) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown memif mode " + value);
    }
}
