package io.vswitch.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SimulatorSocketTest {
    private static final Path TMP = Path.of("/tmp");

    @Test
    void configuredPathWins() {
        assertEquals(Path.of("/run/sim.sock"), SimulatorSocket.choose("/run/sim.sock", Path.of("/opt/ctl/data"), TMP));
    }

    @Test
    void defaultsUnderKarafData() {
        assertEquals(Path.of("/opt/ctl/data/vpp-sim/api.sock"), SimulatorSocket.choose("", Path.of("/opt/ctl/data"),
            TMP));
    }

    @Test
    void aDataDirectoryTooDeepForASocketFallsBackToAShortStablePath() {
        final Path deep = Path.of("/very" + "/deep".repeat(30) + "/data");
        final Path chosen = SimulatorSocket.choose("", deep, TMP);
        assertTrue(chosen.startsWith(TMP), chosen.toString());
        assertTrue(chosen.toString().length() <= SimulatorSocket.MAX_PATH_BYTES, chosen.toString());
        assertEquals(chosen, SimulatorSocket.choose("", deep, TMP));
    }
}
