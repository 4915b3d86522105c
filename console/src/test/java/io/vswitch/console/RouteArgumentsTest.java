package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RouteArgumentsTest {
    private static final Predicate<String> NODES = Set.of("vpp1", "42")::contains;

    @Test
    void nodeAndVrfAsTyped() {
        assertEquals(new RouteArguments(null, null), RouteArguments.parse(null, null, NODES));
        assertEquals(new RouteArguments("vpp1", null), RouteArguments.parse("vpp1", null, NODES));
        assertEquals(new RouteArguments("vpp1", 7L), RouteArguments.parse("vpp1", "7", NODES));
        assertEquals(new RouteArguments("vpp1", 4_294_967_295L), RouteArguments.parse("vpp1", "4294967295", NODES));
    }

    @Test
    void aNumberAloneIsTheVrfUnlessANodeHasThatName() {
        assertEquals(new RouteArguments(null, 5L), RouteArguments.parse("5", null, NODES));
        assertEquals(new RouteArguments("42", null), RouteArguments.parse("42", null, NODES));
        // not a node, not a number: the command says the node is not configured
        assertEquals(new RouteArguments("vpp9", null), RouteArguments.parse("vpp9", null, NODES));
    }

    @Test
    void aVrfThatIsNotATableIdIsRefusedWithAMessage() {
        assertEquals("The VRF must be a table id (0 to 4294967295), not blue.",
            assertThrows(IllegalArgumentException.class, () -> RouteArguments.parse("vpp1", "blue", NODES))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> RouteArguments.parse("vpp1", "-1", NODES));
        assertThrows(IllegalArgumentException.class, () -> RouteArguments.parse("vpp1", "4294967296", NODES));
        assertThrows(IllegalArgumentException.class, () -> RouteArguments.parse("9999999999", null, NODES));
    }
}
