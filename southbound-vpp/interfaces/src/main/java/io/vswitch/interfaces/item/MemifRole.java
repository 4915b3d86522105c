package io.vswitch.interfaces.item;

/**
 * The side of a memif connection VPP takes, with VPP's {@code memif_role} value.
 */
public enum MemifRole {
    /** VPP listens and owns the memory. */
    MASTER(0),
    /** VPP connects to a master. */
    SLAVE(1);

    private final int apiValue;

    MemifRole(final int apiValue) {
        this.apiValue = apiValue;
    }

    /**
     * VPP's value.
     *
     * @return {@code MEMIF_ROLE_API_*}
     */
    public int apiValue() {
        return apiValue;
    }

    /**
     * The role of a VPP value.
     *
     * @param value {@code MEMIF_ROLE_API_*}
     * @return the role
     * @throws IllegalArgumentException for an unknown value
     */
    public static MemifRole ofApi(final int value) {
        for (MemifRole role : values()) {
            if (role.apiValue == value) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown memif role " + value);
    }
}
