package io.vswitch.console;

import io.vswitch.renderer.api.TransactionRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * One line of {@code vswitch:history}: one transaction log entry of one node, in compact form.
 *
 * @param node the node
 * @param entry the log entry
 */
record HistoryRow(String node, TransactionRecord entry) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /**
     * The latest entries across nodes, oldest first (newest last, next to the prompt).
     *
     * @param histories each node's log, oldest first
     * @param max how many entries at most
     * @return the rows
     */
    static List<HistoryRow> latest(final Map<String, List<TransactionRecord>> histories, final int max) {
        final List<HistoryRow> all = histories.entrySet().stream()
            .flatMap(log -> log.getValue().stream().map(logged -> new HistoryRow(log.getKey(), logged)))
            .sorted(Comparator.comparing((HistoryRow row) -> row.entry().started())
                .thenComparing(HistoryRow::node).thenComparingLong(row -> row.entry().seq()))
            .toList();
        return all.subList(Math.max(0, all.size() - max), all.size());
    }

    /**
     * The table of rows, ready to print.
     *
     * @param rows the rows
     * @param zone the zone to show times in
     * @return the table
     */
    static ShellTable table(final List<HistoryRow> rows, final ZoneId zone) {
        final ShellTable table = new ShellTable();
        table.column("Started");
        table.column("Node");
        table.column("#").alignRight();
        table.column("Kind");
        table.column("Cause").maxSize(40).wrap();
        table.column("Changes").alignRight();
        table.column("Calls").alignRight();
        table.column("Failed").alignRight();
        table.column("Took").alignRight();
        table.column("Outcome").maxSize(50).wrap();
        for (HistoryRow row : rows) {
            final TransactionRecord entry = row.entry();
            table.addRow().addContent(TIME.format(entry.started().atZone(zone)), row.node(), entry.seq(),
                entry.kind().name().toLowerCase(Locale.ROOT), entry.description(), entry.changeCount(),
                entry.callCount(), entry.failedCalls(), entry.duration().toMillis() + " ms", entry.outcome());
        }
        return table;
    }

    /**
     * The whole entry, every change, planned step and call.
     *
     * @return several lines, the first naming the node
     */
    String describe() {
        return node + " " + entry.describe();
    }
}
