package io.vswitch.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataplaneChoiceTest {
    @Test
    void autoPrefersALocalVpp() {
        assertEquals(DataplaneChoice.LOCAL_VPP, DataplaneChoice.decide("auto", true));
        assertEquals(DataplaneChoice.SIMULATOR, DataplaneChoice.decide("auto", false));
    }

    @Test
    void explicitModesIgnoreTheSocket() {
        assertEquals(DataplaneChoice.SIMULATOR, DataplaneChoice.decide("simulator", true));
        assertEquals(DataplaneChoice.LOCAL_VPP, DataplaneChoice.decide("vpp", false));
        assertEquals(DataplaneChoice.NONE, DataplaneChoice.decide("off", true));
    }

    @Test
    void unknownModeIsRefusedWithTheChoices() {
        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> DataplaneChoice.decide("fast", false));
        assertTrue(error.getMessage().contains("auto, simulator, vpp or off"), error.getMessage());
    }
}
