package io.vswitch.console;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.odl.RendererService;
import io.vswitch.renderer.spi.ItemKey;
import java.io.PrintStream;
import java.time.Instant;
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
 * {@code vswitch:status [node] [-a]}: the renderer's items per node; by default only those that are not applied,
 * with what they wait for or the error.
 */
@Service
@Command(scope = "vswitch", name = "status",
    description = "Shows the items that are not applied in VPP (pending, failed, retrying), with reasons")
@SuppressFBWarnings(value = "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
    justification = "Karaf injects the @Reference, @Option and @Argument fields after construction")
public final class StatusCommand implements Action {
    @Reference
    private @Nullable RendererService renderer;

    @Reference
    private @Nullable Session session;

    @Option(name = "-a", aliases = "--all", description = "Show every item, applied ones too")
    private boolean all;

    @Argument(index = 0, name = "node", description = "Only this node")
    @Completion(NodeNameCompleter.class)
    private @Nullable String node;

    @Override
    public @Nullable Object execute() {
        final RendererService schedulers = Injected.require(renderer, "The renderer is not running");
        final PrintStream out = Injected.require(session, "No console session").getConsole();
        final String only = node;
        if (only != null && schedulers.scheduler(only).isEmpty()) {
            out.println("No node " + only + " is known to the renderer (nodes: " + String.join(", ",
                schedulers.nodes()) + ").");
            return null;
        }
        final Map<String, Map<ItemKey, ItemStatus>> statuses = new TreeMap<>();
        for (String name : only == null ? schedulers.nodes() : List.of(only)) {
            schedulers.scheduler(name).ifPresent(scheduler -> {
                final Map<ItemKey, ItemStatus> items = scheduler.statuses();
                statuses.put(name, items);
                out.println(StatusSummary.of(name, scheduler.isConnected(), items.values()));
            });
        }
        if (statuses.isEmpty()) {
            out.println("No nodes.");
            return null;
        }
        final List<StatusRow> rows = StatusRow.of(statuses, all, Instant.now(), ZoneId.systemDefault());
        out.println();
        if (rows.isEmpty()) {
            out.println(all ? "No items." : "Every item is applied (vswitch:status -a lists them).");
        } else {
            StatusRow.table(rows).print(out);
        }
        return null;
    }
}
