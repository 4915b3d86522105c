package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.spi.ItemKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusRowTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static final ItemKey LOOP0 = ItemKey.of("vpp1", "interfaces", "loop0");
    private static final ItemKey ADDRESS = LOOP0.child("address", "10.0.0.1/24");
    private static final ItemKey MEMIF0 = ItemKey.of("vpp1", "interfaces", "memif0");
    private static final ItemKey OLD = ItemKey.of("vpp1", "interfaces", "old");
    private static final ItemKey TAP0 = ItemKey.of("cnf1", "interfaces", "tap0");

    private final Map<String, Map<ItemKey, ItemStatus>> statuses = Map.of(
        "vpp1", Map.of(
            LOOP0, new ItemStatus(LOOP0, ItemState.APPLIED, "", null, null, 0, true, null),
            ADDRESS, new ItemStatus(ADDRESS, ItemState.PENDING, "waits for interface vpp1/interfaces/loop0 (failed)",
                null, null, 0, true, LOOP0),
            MEMIF0, new ItemStatus(MEMIF0, ItemState.RETRYING, "create failed: timeout", new ErrorInfo(
                Operation.CREATE, "timeout", null, null), NOW.plusMillis(1500), 2, true, null),
            OLD, new ItemStatus(OLD, ItemState.FAILED, "delete failed: retval -2 INVALID_SW_IF_INDEX",
                new ErrorInfo(Operation.DELETE, "retval -2 INVALID_SW_IF_INDEX", -2, "delete_loopback"), null, 1,
                false, null)),
        "cnf1", Map.of(
            TAP0, new ItemStatus(TAP0, ItemState.APPLIED, "", null, null, 0, true, null)));

    @Test
    void byDefaultOnlyWhatNeedsAttention() {
        assertEquals(List.of(
            new StatusRow("vpp1", "interfaces/loop0/address/10.0.0.1/24", "pending",
                "waits for interface vpp1/interfaces/loop0 (failed)", "-", 0, "-"),
            new StatusRow("vpp1", "interfaces/memif0", "retrying", "create failed: timeout", "-", 2,
                "in 1.5 s (12:00:01)"),
            new StatusRow("vpp1", "interfaces/old", "failed (removal)", "delete failed: retval -2 INVALID_SW_IF_INDEX",
                "delete_loopback retval -2", 1, "-")),
            StatusRow.of(statuses, false, NOW, ZoneOffset.UTC));
    }

    @Test
    void allListsAppliedItemsTooSortedByNode() {
        final List<StatusRow> rows = StatusRow.of(statuses, true, NOW, ZoneOffset.UTC);
        assertEquals(List.of("cnf1 interfaces/tap0", "vpp1 interfaces/loop0",
            "vpp1 interfaces/loop0/address/10.0.0.1/24", "vpp1 interfaces/memif0", "vpp1 interfaces/old"),
            rows.stream().map(row -> row.node() + " " + row.item()).toList());
        assertEquals(new StatusRow("cnf1", "interfaces/tap0", "applied", "-", "-", 0, "-"), rows.get(0));
    }

    @Test
    void aRetryThatIsDueSaysSo() {
        final ItemStatus late = new ItemStatus(MEMIF0, ItemState.RETRYING, "x", null, NOW.minusMillis(5), 1, true,
            null);
        assertEquals("due (11:59:59)", StatusRow.of(Map.of("vpp1", Map.of(MEMIF0, late)), false, NOW,
            ZoneOffset.UTC).get(0).nextAttempt());
    }

    @Test
    void summaryCountsEveryStateThatOccurs() {
        assertEquals("vpp1 (connected): 4 items: 1 applied, 1 pending, 1 failed, 1 retrying; "
            + "1 no longer configured, still in VPP", StatusSummary.of("vpp1", true, statuses.get("vpp1").values()));
        assertEquals("cnf1 (not connected): 1 item: 1 applied",
            StatusSummary.of("cnf1", false, statuses.get("cnf1").values()));
        assertEquals("vpp2 (connected): 0 items: 0 applied", StatusSummary.of("vpp2", true, List.of()));
    }

    @Test
    void tableShowsEveryRow() {
        final String text = Tables.print(StatusRow.table(StatusRow.of(statuses, false, NOW, ZoneOffset.UTC)));
        assertTrue(text.lines().findFirst().orElseThrow().startsWith("Node"), text);
        assertTrue(text.contains("delete_loopback retval -2"), text);
        assertTrue(text.contains("in 1.5 s (12:00:01)"), text);
    }
}
