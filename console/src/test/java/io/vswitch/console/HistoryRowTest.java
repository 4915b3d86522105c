package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.CallRecord;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.PlannedOp;
import io.vswitch.renderer.api.TransactionRecord;
import io.vswitch.renderer.api.TransactionRecord.Kind;
import io.vswitch.renderer.spi.ItemKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryRowTest {
    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final ItemKey LOOP0 = ItemKey.of("vpp1", "interfaces", "loop0");

    private static TransactionRecord entry(final long seq, final Kind kind, final String cause, final long second) {
        return new TransactionRecord(seq, kind, cause, T0.plusSeconds(second), Duration.ofMillis(4),
            List.of("put vpp1/interfaces/loop0 = Loopback[name=loop0]"), 1,
            List.of(new PlannedOp(Operation.CREATE, LOOP0, "interface", "")), 1,
            List.of(new CallRecord(Operation.CREATE, LOOP0, "interface", null, Duration.ofMillis(3))), 1, 0,
            "1 applied");
    }

    private final Map<String, List<TransactionRecord>> histories = Map.of(
        "vpp1", List.of(entry(1, Kind.RESYNC, "connected", 0), entry(2, Kind.TRANSACTION, "datastore commit 3", 5)),
        "cnf1", List.of(entry(1, Kind.RESYNC, "connected", 1), entry(2, Kind.RETRY, "retry", 7)));

    @Test
    void latestAcrossNodesNewestLast() {
        assertEquals(List.of("cnf1#1", "vpp1#2", "cnf1#2"), HistoryRow.latest(histories, 3).stream()
            .map(row -> row.node() + "#" + row.entry().seq()).toList());
        assertEquals(4, HistoryRow.latest(histories, 100).size());
        assertEquals(List.of(), HistoryRow.latest(Map.of(), 5));
    }

    @Test
    void tableIsOneLinePerEntry() {
        final String text = Tables.print(HistoryRow.table(HistoryRow.latest(histories, 2), ZoneOffset.UTC));
        final List<String> lines = text.lines().toList();
        assertEquals(4, lines.size(), text);
        assertTrue(lines.get(2).startsWith("2026-11-25 12:00:05.000"), text);
        assertTrue(lines.get(2).contains("datastore commit 3"), text);
        assertTrue(lines.get(3).contains("retry"), text);
    }

    @Test
    void detailNamesTheNodeThenTheWholeEntry() {
        final String text = HistoryRow.latest(histories, 1).get(0).describe();
        assertTrue(text.startsWith("cnf1 #2 RETRY \"retry\" at 2026-11-25T12:00:07Z, 4 ms: 1 applied\n"), text);
        assertTrue(text.contains("CREATE vpp1/interfaces/loop0 [interface] ok"), text);
    }
}
