package io.vswitch.embedded;

/**
 * Which VPP the default node uses, decided from the configured mode and whether a local VPP socket exists.
 */
enum DataplaneChoice {
    /** A VPP runs here: the default node points at its socket. */
    LOCAL_VPP,
    /** No VPP here: start the simulator in-process and point the default node at it. */
    SIMULATOR,
    /** Nothing is embedded and no node is created. */
    NONE;

    static DataplaneChoice decide(final String mode, final boolean localVppSocketExists) {
        return switch (mode) {
            case "auto" -> localVppSocketExists ? LOCAL_VPP : SIMULATOR;
            case "simulator" -> SIMULATOR;
            case "vpp" -> LOCAL_VPP;
            case "off" -> NONE;
            default -> throw new IllegalArgumentException(
                "io.vswitch.embedded mode must be auto, simulator, vpp or off, not '" + mode + "'");
        };
    }
}
