package io.vswitch.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.spi.ItemKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ResyncOutput.Result;

class ResyncOutcomeTest {
    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    private static ItemStatus status(final String name, final ItemState state) {
        return new ItemStatus(ItemKey.of("vpp1", "interfaces", name), state, "",
            state == ItemState.FAILED ? new ErrorInfo(Operation.CREATE, "refused", -7, "create_loopback") : null,
            null, 0, true, null);
    }

    private static ResyncResult result(final boolean complete, final int creates, final int failed,
            final String... errors) {
        return new ResyncResult(4, START, Duration.ofMillis(35), complete, 10, creates, 1, 2, failed,
            List.of(errors));
    }

    @Test
    void everythingAppliedIsSuccess() {
        final ResyncOutcome outcome = ResyncOutcome.of(result(true, 3, 0),
            List.of(status("a", ItemState.APPLIED), status("b", ItemState.APPLIED)));
        assertEquals(new ResyncOutcome(Result.Success, "items found in VPP: 10; calls: 6 (3 create, 1 update, "
            + "2 delete, 0 failed); items now: 2 applied; took 35 ms"), outcome);
    }

    @Test
    void noItemsIsSuccess() {
        assertEquals(Result.Success, ResyncOutcome.of(result(true, 0, 0), List.of()).result());
    }

    @Test
    void aPendingItemIsPartialAndCounted() {
        final ResyncOutcome outcome = ResyncOutcome.of(result(true, 3, 0),
            List.of(status("a", ItemState.APPLIED), status("b", ItemState.PENDING), status("c", ItemState.PENDING)));
        assertEquals(Result.Partial, outcome.result());
        assertEquals("items found in VPP: 10; calls: 6 (3 create, 1 update, 2 delete, 0 failed); "
            + "items now: 1 applied, 2 pending; took 35 ms", outcome.detail());
    }

    @Test
    void aFailedCallIsPartialEvenIfTheItemWasRetriedSinceThen() {
        final ResyncOutcome outcome = ResyncOutcome.of(result(true, 3, 1), List.of(status("a", ItemState.APPLIED)));
        assertEquals(Result.Partial, outcome.result());
    }

    @Test
    void anIncompleteResyncIsFailedAndSaysWhy() {
        final ResyncOutcome outcome = ResyncOutcome.of(
            result(false, 0, 0, "retrieve of interface failed: timeout", "node disconnected"),
            List.of(status("a", ItemState.FAILED), status("b", ItemState.RETRYING)));
        assertEquals(new ResyncOutcome(Result.Failed, "retrieve of interface failed: timeout; node disconnected; "
            + "items found in VPP: 10; calls: 3 (0 create, 1 update, 2 delete, 0 failed); "
            + "items now: 0 applied, 1 failed, 1 retrying; took 35 ms"), outcome);
    }
}
