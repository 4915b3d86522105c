package io.vswitch.renderer.odl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.odl.spi.ConfigValidator;
import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;

class CommitRefusalTest {
    private static final Violation FIRST = new Violation("/nodes/node=vpp1/interfaces/interface=m2/memif/id",
        "memif id 1 is already used on socket /run/vpp/memif.sock by interface m1");
    private static final Violation SECOND = new Violation("/nodes/node=vpp1/interfaces/interface=l0/unnumbered",
        "an interface cannot be unnumbered to itself");

    @Test
    void messageNamesEveryPathAndReasonWithTheCount() {
        assertEquals("vSwitch validation refused the commit: 2 violations: " + FIRST + "; " + SECOND,
            new CommitRefusal(List.of(FIRST, SECOND)).message());
        assertEquals("vSwitch validation refused the commit: 1 violation: " + FIRST,
            new CommitRefusal(List.of(FIRST)).message());
    }

    @Test
    void refusalNeedsAViolation() {
        assertThrows(IllegalArgumentException.class, () -> new CommitRefusal(List.of()));
    }

    @Test
    void validatorsRunInOrderAndOneThatThrowsRefusesTheNode() {
        final ConfigValidator finds = node -> List.of(FIRST);
        final ConfigValidator breaks = node -> {
            throw new IllegalStateException("bug");
        };
        final List<Violation> found = new NodeValidation(List.of(finds, breaks))
            .validate(new NodeBuilder().setName("vpp1").build());
        assertEquals(2, found.size());
        assertEquals(FIRST, found.get(0));
        assertEquals("/nodes/node=vpp1", found.get(1).path());
        assertTrue(found.get(1).reason().contains("failed: java.lang.IllegalStateException: bug"),
            found.get(1).reason());
    }

    @Test
    void noValidatorsMeansNothingToCheck() {
        assertTrue(new NodeValidation(List.of()).isEmpty());
    }
}
