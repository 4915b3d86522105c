package io.vswitch.console;

import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.support.table.ShellTable;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One line of {@code vswitch:status}: one item the renderer knows on a node.
 *
 * @param node the node
 * @param item the item's path below the node, e.g. {@code interfaces/loop0/address/10.0.0.1/24}
 * @param state its state, with {@code (removal)} for an item no longer configured but still in VPP
 * @param reason what it waits for, or the error
 * @param vppError the failed VPP message and its retval, or {@code -}
 * @param attempts failed attempts since it last changed
 * @param nextAttempt for a retrying item, when it is tried again
 */
record StatusRow(String node, String item, String state, String reason, String vppError, int attempts,
        String nextAttempt) {
    private static final String NONE = "-";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * The items of every node given, sorted by node and item.
     *
     * @param statuses each node's item statuses
     * @param all false for only what needs attention: not applied, or no longer configured
     * @param now the current time, for the next attempt
     * @param zone the zone to show times in
     * @return the rows
     */
    static List<StatusRow> of(final Map<String, ? extends Map<?, ItemStatus>> statuses, final boolean all,
            final Instant now, final ZoneId zone) {
        return statuses.entrySet().stream()
            .flatMap(node -> node.getValue().values().stream()
                .filter(status -> all || needsAttention(status))
                .map(status -> row(node.getKey(), status, now, zone)))
            .sorted(Comparator.comparing(StatusRow::node).thenComparing(StatusRow::item))
            .toList();
    }

    static boolean needsAttention(final ItemStatus status) {
        return status.state() != ItemState.APPLIED || !status.desired();
    }

    /**
     * The table of rows, ready to print.
     *
     * @param rows the rows
     * @return the table
     */
    static ShellTable table(final List<StatusRow> rows) {
        final ShellTable table = new ShellTable();
        table.column("Node");
        table.column("Item").maxSize(50).wrap();
        table.column("State");
        table.column("Reason").maxSize(60).wrap();
        table.column("VPP error");
        table.column("Attempts").alignRight();
        table.column("Next attempt");
        for (StatusRow row : rows) {
            table.addRow().addContent(row.node(), row.item(), row.state(), row.reason(), row.vppError(),
                row.attempts(), row.nextAttempt());
        }
        return table;
    }

    private static StatusRow row(final String node, final ItemStatus status, final Instant now, final ZoneId zone) {
        final String state = status.state().name().toLowerCase(Locale.ROOT) + (status.desired() ? "" : " (removal)");
        return new StatusRow(node, status.key().relativePath(), state, status.reason().isEmpty() ? NONE
            : status.reason(), vppError(status.error()), status.attempts(), next(status.nextAttempt(), now, zone));
    }

    private static String vppError(final @Nullable ErrorInfo error) {
        if (error == null || error.retval() == null) {
            return NONE;
        }
        return (error.messageName() == null ? "" : error.messageName() + " ") + "retval " + error.retval();
    }

    private static String next(final @Nullable Instant next, final Instant now, final ZoneId zone) {
        if (next == null) {
            return NONE;
        }
        final Duration wait = Duration.between(now, next);
        final String in = wait.isNegative() ? "due" : "in " + (wait.toMillis() < 1000 ? wait.toMillis() + " ms"
            : String.format(Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0));
        return in + " (" + TIME.format(next.atZone(zone)) + ")";
    }
}
