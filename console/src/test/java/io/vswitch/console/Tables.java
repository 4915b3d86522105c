package io.vswitch.console;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * Prints a table to text, as the console would.
 */
final class Tables {
    private Tables() {
        // static helpers only
    }

    static String print(final ShellTable table) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            table.print(out, StandardCharsets.UTF_8, true);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
