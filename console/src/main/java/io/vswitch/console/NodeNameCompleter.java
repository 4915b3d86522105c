package io.vswitch.console;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * Completes the names of the configured nodes.
 */
@Service
@SuppressFBWarnings(value = "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
    justification = "Karaf injects the @Reference field after construction")
public final class NodeNameCompleter implements Completer {
    @Reference
    private @Nullable DataBroker dataBroker;

    @Override
    public int complete(final Session session, final CommandLine commandLine, final List<String> candidates) {
        final StringsCompleter names = new StringsCompleter();
        final DataBroker broker = dataBroker;
        if (broker != null) {
            try {
                new DatastoreReader(broker)
                    .read(LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.create(Nodes.class))
                    .ifPresent(nodes -> nodes.nonnullNode().values().stream().map(Node::requireName)
                        .forEach(names.getStrings()::add));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // No completion when the datastore does not answer; the command itself reports errors.
                return -1;
            }
        }
        return names.complete(session, commandLine, candidates);
    }
}
