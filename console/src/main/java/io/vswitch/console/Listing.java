package io.vswitch.console;

import java.util.List;

/**
 * The rows a command prints, which may be the first ones of many: a table of 100,000 routes is of no use on a
 * console, their count is.
 *
 * @param rows the rows shown, sorted
 * @param total how many entries there are in all
 * @param counts the entries counted by status, e.g. {@code 100000 routes: 99990 applied, 10 pending}
 * @param <R> the row type
 */
record Listing<R>(List<R> rows, int total, String counts) {
    /** How many rows a command shows unless asked for all. */
    static final int DEFAULT_LIMIT = 1_000;

    Listing {
        rows = List.copyOf(rows);
    }

    boolean truncated() {
        return rows.size() < total;
    }

    /**
     * The line that says rows were left out, to print after the table.
     *
     * @param many the noun for the entries ("routes")
     * @param allOption how to see them all ("vswitch:routes -a")
     * @return the line
     */
    String truncation(final String many, final String allOption) {
        return "Showing the first " + rows.size() + " of " + total + " " + many + "; " + allOption
            + " lists them all.";
    }
}
