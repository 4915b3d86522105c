package io.vswitch.console;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.renderer.api.TransactionRecord;
import io.vswitch.renderer.odl.RendererService;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code vswitch:history [-n N] [-d] [node]}: the latest transaction log entries (transactions, resyncs, retries)
 * across nodes, newest last; {@code -d} prints each whole, with its changes, plan and calls.
 */
@Service
@Command(scope = "vswitch", name = "history",
    description = "Shows the latest renderer transactions, resyncs and retries, newest last")
@SuppressFBWarnings(value = "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
    justification = "Karaf injects the @Reference, @Option and @Argument fields after construction")
public final class HistoryCommand implements Action {
    private static final int DEFAULT_COUNT = 20;

    @Reference
    private @Nullable RendererService renderer;

    @Reference
    private @Nullable Session session;

    @Option(name = "-n", aliases = "--count", description = "How many entries (default 20)")
    private int count = DEFAULT_COUNT;

    @Option(name = "-d", aliases = "--detail", description = "Every change, planned call and call of each entry")
    private boolean detail;

    @Argument(index = 0, name = "node", description = "Only this node's log (a number alone is taken as -n, as in "
        + "vswitch:history 5, unless a node has that name)")
    @Completion(NodeNameCompleter.class)
    private @Nullable String node;

    @Override
    public @Nullable Object execute() {
        final RendererService schedulers = Injected.require(renderer, "The renderer is not running");
        final PrintStream out = Injected.require(session, "No console session").getConsole();
        String only = node;
        int max = count;
        if (only != null && schedulers.scheduler(only).isEmpty() && only.matches("[0-9]{1,6}")) {
            max = Integer.parseInt(only);
            only = null;
        }
        if (max < 1) {
            out.println("The count must be at least 1.");
            return null;
        }
        if (only != null && schedulers.scheduler(only).isEmpty()) {
            out.println("No node " + only + " is known to the renderer (nodes: " + String.join(", ",
                schedulers.nodes()) + ").");
            return null;
        }
        final Map<String, List<TransactionRecord>> histories = new TreeMap<>();
        for (String name : only == null ? schedulers.nodes() : List.of(only)) {
            final int limit = max;
            schedulers.scheduler(name).ifPresent(scheduler -> histories.put(name, scheduler.history(limit)));
        }
        final List<HistoryRow> rows = HistoryRow.latest(histories, max);
        if (rows.isEmpty()) {
            out.println("Nothing logged yet.");
        } else if (detail) {
            for (HistoryRow row : rows) {
                out.print(row.describe());
                out.println();
            }
        } else {
            HistoryRow.table(rows, ZoneId.systemDefault()).print(out);
        }
        return null;
    }
}
