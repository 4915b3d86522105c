package io.vswitch.console;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.nodes.NodeManager;
import io.vswitch.vpp.api.client.VppCallException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.core.CliInbandReply;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code vswitch:cli <node> <command...>}: runs a VPP CLI command on a node (cli_inband) and prints its output.
 */
@Service
@Command(scope = "vswitch", name = "cli",
    description = "Runs a VPP CLI command on a node, e.g. vswitch:cli vpp1 show interface")
@SuppressFBWarnings(value = "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
    justification = "Karaf injects the @Reference and @Argument fields after construction")
public final class CliCommand implements Action {
    private static final long TIMEOUT_SECONDS = 30;

    @Reference
    private @Nullable NodeManager nodeManager;

    @Reference
    private @Nullable Session session;

    @Argument(index = 0, name = "node", description = "The node", required = true)
    @Completion(NodeNameCompleter.class)
    private @Nullable String node;

    @Argument(index = 1, name = "command", description = "The VPP CLI command", required = true, multiValued = true)
    private @Nullable List<String> command;

    @Override
    public @Nullable Object execute() throws InterruptedException {
        final NodeManager nodes = nodeManager;
        final Session console = session;
        final String name = node;
        final List<String> words = command;
        if (nodes == null || console == null || name == null || words == null) {
            throw new IllegalStateException("vswitch:cli is not ready yet");
        }
        final String line = String.join(" ", words);
        final VppSession vpp = nodes.session(name).orElse(null);
        if (vpp == null) {
            console.getConsole().println("Node " + name + " is not connected to its VPP (see vswitch:nodes).");
            return null;
        }
        try {
            final CliInbandReply reply = vpp.call(new CliInband(line)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            console.getConsole().print(reply.reply());
        } catch (ExecutionException e) {
            final Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof VppCallException call && call.reply() instanceof CliInbandReply refused
                    && !refused.reply().isBlank()) {
                // VPP's CLI did not take the command: its own text says why (e.g. unknown input `...')
                console.getConsole().print(refused.reply());
                return null;
            }
            console.getConsole().println("VPP refused '" + line + "' on node " + name + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            console.getConsole().println("VPP on node " + name + " did not answer '" + line + "' in "
                + TIMEOUT_SECONDS + " s");
        }
        return null;
    }
}
