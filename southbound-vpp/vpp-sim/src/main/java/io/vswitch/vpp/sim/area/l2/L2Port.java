package io.vswitch.vpp.sim.area.l2;

/**
 * The L2 mode of an interface ({@code l2_input_config_t}); an interface without one is in L3 mode.
 */
sealed interface L2Port {
    /**
     * Bridged into a bridge domain. A port of type UU-forward is not a member of the flood vector, and a port
     * whose BVI request failed (the bridge domain had one) is in bridge mode without being a member, as in VPP.
     *
     * @param bdIndex the bridge domain's index
     * @param portType 0 normal, 1 BVI, 2 UU-forward ({@code vl_api_l2_port_type_t})
     * @param shg the split-horizon group
     */
    record Bridged(int bdIndex, int portType, int shg) implements L2Port {
        /** {@code L2_API_PORT_TYPE_NORMAL}. */
        static final int NORMAL = 0;
        /** {@code L2_API_PORT_TYPE_BVI}. */
        static final int BVI = 1;
        /** {@code L2_API_PORT_TYPE_UU_FWD}. */
        static final int UU_FWD = 2;

        boolean isBvi() {
            return portType == BVI;
        }
    }

    /**
     * Cross-connected: everything received goes out of another interface.
     *
     * @param txSwIfIndex the output interface
     */
    record Xconnect(int txSwIfIndex) implements L2Port {
    }
}
