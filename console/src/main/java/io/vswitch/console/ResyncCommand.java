package io.vswitch.console;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.odl.RendererService;
import java.io.PrintStream;
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
 * {@code vswitch:resync <node>}: resynchronises a node with its VPP now and prints what the resync did.
 */
@Service
@Command(scope = "vswitch", name = "resync",
    description = "Resynchronises a node now: dumps its VPP, compares with the configuration and converges")
@SuppressFBWarnings(value = "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
    justification = "Karaf injects the @Reference and @Argument fields after construction")
public final class ResyncCommand implements Action {
    /** As long as the resync RPC waits: a resync of 10,000 items takes seconds. */
    private static final long TIMEOUT_SECONDS = 120;

    @Reference
    private @Nullable RendererService renderer;

    @Reference
    private @Nullable Session session;

    @Argument(index = 0, name = "node", description = "The node", required = true)
    @Completion(NodeNameCompleter.class)
    private @Nullable String node;

    @Override
    public @Nullable Object execute() throws InterruptedException {
        final RendererService schedulers = Injected.require(renderer, "The renderer is not running");
        final PrintStream out = Injected.require(session, "No console session").getConsole();
        final String name = Injected.require(node, "No node given");
        final NodeScheduler scheduler = schedulers.scheduler(name).orElse(null);
        if (scheduler == null) {
            out.println("No node " + name + " is known to the renderer (nodes: " + String.join(", ",
                schedulers.nodes()) + ").");
            return null;
        }
        if (!scheduler.isConnected()) {
            out.println("Node " + name + " is not connected to its VPP (see vswitch:nodes); it is resynced when it "
                + "connects.");
            return null;
        }
        try {
            final ResyncResult result = scheduler.resync().toCompletableFuture().get(TIMEOUT_SECONDS,
                TimeUnit.SECONDS);
            ResyncReport.lines(name, result, scheduler.statuses().values()).forEach(out::println);
        } catch (ExecutionException e) {
            out.println("The resync of " + name + " failed: " + (e.getCause() == null ? e : e.getCause()));
        } catch (TimeoutException e) {
            out.println("The resync of " + name + " did not end within " + TIMEOUT_SECONDS
                + " s; it goes on (see vswitch:history " + name + ").");
        }
        return null;
    }
}
