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
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * {@code vswitch:interfaces [node]}: the configured interfaces and what VPP and the renderer say of each.
 */
@Service
@Command(scope = "vswitch", name = "interfaces",
    description = "Lists the configured interfaces (of every node, or of one) with their VPP state and status")
@SuppressFBWarnings(value = "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
    justification = "Karaf injects the @Reference and @Argument fields after construction")
public final class InterfacesCommand implements Action {
    @Reference
    private @Nullable DataBroker dataBroker;

    @Reference
    private @Nullable Session session;

    @Argument(index = 0, name = "node", description = "Only this node's interfaces")
    @Completion(NodeNameCompleter.class)
    private @Nullable String node;

    @Override
    public @Nullable Object execute() throws Exception {
        final DatastoreReader reader = new DatastoreReader(
            Injected.require(dataBroker, "The datastore is not available yet"));
        final PrintStream out = Injected.require(session, "No console session").getConsole();
        final InstanceIdentifier<Nodes> path = InstanceIdentifier.create(Nodes.class);
        final Nodes config = reader.read(LogicalDatastoreType.CONFIGURATION, path).orElse(null);
        final String only = node;
        if (only != null && (config == null || !config.nonnullNode().containsKey(new NodeKey(only)))) {
            out.println("No node " + only + " is configured (see vswitch:nodes).");
            return null;
        }
        final List<InterfaceRow> rows = InterfaceRow.of(config,
            reader.read(LogicalDatastoreType.OPERATIONAL, path).orElse(null), only);
        if (rows.isEmpty()) {
            out.println(only == null ? "No interfaces configured." : "No interfaces configured on " + only + ".");
            return null;
        }
        InterfaceRow.table(rows).print(out);
        return null;
    }
}
