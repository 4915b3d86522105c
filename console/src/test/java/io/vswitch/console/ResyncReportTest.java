package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.spi.ItemKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResyncReportTest {
    private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

    private static ItemStatus status(final String name, final ItemState state) {
        return new ItemStatus(ItemKey.of("vpp1", "interfaces", name), state, "", null, null, 0, true, null);
    }

    @Test
    void successWhenEverythingIsApplied() {
        assertEquals(List.of(
            "Resync of vpp1: success in 12 ms (log entry #7)",
            "  found in VPP: 3 items",
            "  calls:        1 (1 create, 0 update, 0 delete), 0 failed",
            "  items:        2 items: 2 applied"),
            ResyncReport.lines("vpp1", new ResyncResult(7, START, Duration.ofMillis(12), true, 3, 1, 0, 0, 0,
                List.of()), List.of(status("a", ItemState.APPLIED), status("b", ItemState.APPLIED))));
    }

    @Test
    void partialPointsAtTheStatusCommand() {
        assertEquals(List.of(
            "Resync of vpp1: partial in 12 ms (log entry #8)",
            "  found in VPP: 3 items",
            "  calls:        2 (1 create, 0 update, 1 delete), 1 failed",
            "  items:        2 items: 1 applied, 1 failed",
            "See vswitch:status vpp1 for the items not applied."),
            ResyncReport.lines("vpp1", new ResyncResult(8, START, Duration.ofMillis(12), true, 3, 1, 0, 1, 1,
                List.of()), List.of(status("a", ItemState.APPLIED), status("b", ItemState.FAILED))));
    }

    @Test
    void failedShowsTheErrors() {
        assertEquals(List.of(
            "Resync of vpp1: failed in 1003 ms (log entry #9)",
            "  found in VPP: 0 items",
            "  calls:        0 (0 create, 0 update, 0 delete), 0 failed",
            "  items:        1 item: 1 applied",
            "  error:        retrieve interface failed: no answer within 1 s"),
            ResyncReport.lines("vpp1", new ResyncResult(9, START, Duration.ofMillis(1003), false, 0, 0, 0, 0, 0,
                List.of("retrieve interface failed: no answer within 1 s")), List.of(status("a", ItemState.APPLIED))));
    }
}
