package io.vswitch.console;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;

/**
 * {@code vswitch:xconnects [node]}: the configured L2 cross-connects, one line per direction, and their status.
 */
@Service
@Command(scope = "vswitch", name = "xconnects",
    description = "Lists the L2 cross-connects (of every node, or of one) with their status")
@SuppressFBWarnings(value = "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
    justification = "Karaf injects the @Reference and @Argument fields after construction")
public final class XconnectsCommand implements Action {
    @Reference
    private @Nullable DataBroker dataBroker;

    @Reference
    private @Nullable Session session;

    @Argument(index = 0, name = "node", description = "Only this node's cross-connects")
    @Completion(NodeNameCompleter.class)
    private @Nullable String node;

    @Override
    public @Nullable Object execute() throws Exception {
        final NodesSnapshot nodes = NodesSnapshot.read(new DatastoreReader(
            Injected.require(dataBroker, "The datastore is not available yet")));
        final PrintStream out = Injected.require(session, "No console session").getConsole();
        final String only = node;
        final String unknown = nodes.unknownNode(only);
        if (unknown != null) {
            out.println(unknown);
            return null;
        }
        final List<XconnectRow> rows = XconnectRow.of(nodes, only);
        if (rows.isEmpty()) {
            out.println("No cross-connects configured" + (only == null ? "" : " on " + only) + ".");
            return null;
        }
        XconnectRow.table(rows).print(out);
        return null;
    }
}
