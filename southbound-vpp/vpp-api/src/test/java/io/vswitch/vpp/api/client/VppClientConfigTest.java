package io.vswitch.vpp.api.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VppClientConfigTest {
    private static final VppClientConfig DEFAULTS = VppClientConfig.defaults();

    @Test
    void defaultsMatchVpp() {
        assertEquals(Path.of("/run/vpp/api.sock"), DEFAULTS.socketPath());
        assertEquals("vswitch-controller", DEFAULTS.clientName());
        assertEquals(10_000, DEFAULTS.maxInFlight());
    }

    @Test
    void rejectsImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withClientName("x".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withCallTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withMaxInFlight(0));
        assertThrows(IllegalArgumentException.class,
            () -> DEFAULTS.withMaxInFlight(VppClientConfig.MAX_IN_FLIGHT + 1));
        assertThrows(IllegalArgumentException.class,
            () -> DEFAULTS.withReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
            () -> DEFAULTS.withReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1)));
    }

    @Test
    void copiesChangeOneValue() {
        final VppClientConfig changed = DEFAULTS.withMaxInFlight(7);
        assertEquals(7, changed.maxInFlight());
        assertEquals(DEFAULTS.withMaxInFlight(7), changed);
        assertEquals(DEFAULTS.callTimeout(), changed.callTimeout());
    }
}
