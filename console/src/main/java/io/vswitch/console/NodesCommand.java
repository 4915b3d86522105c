package io.vswitch.console;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * {@code vswitch:nodes}: the configured VPP nodes and what the controller knows of each.
 */
@Service
@Command(scope = "vswitch", name = "nodes", description = "Lists the configured VPP nodes and their state")
@SuppressFBWarnings(value = "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
    justification = "Karaf injects the @Reference fields after construction")
public final class NodesCommand implements Action {
    @Reference
    private @Nullable DataBroker dataBroker;

    @Reference
    private @Nullable Session session;

    @Override
    public @Nullable Object execute() throws Exception {
        final DatastoreReader reader = new DatastoreReader(requireBroker());
        final InstanceIdentifier<Nodes> path = InstanceIdentifier.create(Nodes.class);
        final List<NodeRow> rows = NodeRow.of(
            reader.read(LogicalDatastoreType.CONFIGURATION, path).orElse(null),
            reader.read(LogicalDatastoreType.OPERATIONAL, path).orElse(null));
        final PrintStream out = requireSession().getConsole();
        if (rows.isEmpty()) {
            out.println("No nodes configured.");
            return null;
        }
        final ShellTable table = new ShellTable();
        table.column("Name");
        table.column("Enabled");
        table.column("API socket");
        table.column("Connection");
        table.column("VPP version");
        table.column("Last resync");
        table.column("Description");
        for (NodeRow row : rows) {
            table.addRow().addContent(row.name(), row.enabled() ? "yes" : "no", row.apiSocket(), row.connection(),
                row.vppVersion(), row.lastResync(), row.description());
        }
        table.print(out);
        return null;
    }

    private Session requireSession() {
        final Session current = session;
        if (current == null) {
            throw new IllegalStateException("No console session");
        }
        return current;
    }

    private DataBroker requireBroker() {
        final DataBroker broker = dataBroker;
        if (broker == null) {
            throw new IllegalStateException("The datastore is not available yet");
        }
        return broker;
    }
}
