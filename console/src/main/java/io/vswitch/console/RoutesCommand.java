package io.vswitch.console;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;

/**
 * {@code vswitch:routes [-a] [node] [vrf]}: the configured static routes, whether VPP holds them and their
 * status; the count of all of them, and the first {@value Listing#DEFAULT_LIMIT} rows unless asked for all.
 */
@Service
@Command(scope = "vswitch", name = "routes",
    description = "Lists the static routes (of every node or one, every VRF or one), whether VPP holds them, status")
@SuppressFBWarnings(value = "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
    justification = "Karaf injects the @Reference, @Option and @Argument fields after construction")
public final class RoutesCommand implements Action {
    @Reference
    private @Nullable DataBroker dataBroker;

    @Reference
    private @Nullable Session session;

    @Option(name = "-a", aliases = "--all",
        description = "Every route (by default the first " + Listing.DEFAULT_LIMIT + ", with the count of all)")
    private boolean all;

    @Argument(index = 0, name = "node", description = "Only this node's routes (a number alone is taken as the "
        + "VRF, as in vswitch:routes 5, unless a node has that name)")
    @Completion(NodeNameCompleter.class)
    private @Nullable String node;

    @Argument(index = 1, name = "vrf", description = "Only this VRF's routes (table id, 0 for the default)")
    private @Nullable String vrf;

    @Override
    public @Nullable Object execute() throws Exception {
        final NodesSnapshot nodes = NodesSnapshot.read(new DatastoreReader(
            Injected.require(dataBroker, "The datastore is not available yet")));
        final PrintStream out = Injected.require(session, "No console session").getConsole();
        final RouteArguments arguments;
        try {
            arguments = RouteArguments.parse(node, vrf, name -> nodes.unknownNode(name) == null);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return null;
        }
        final String unknown = nodes.unknownNode(arguments.node());
        if (unknown != null) {
            out.println(unknown);
            return null;
        }
        final Listing<RouteRow> listing = RouteRow.of(nodes, arguments.node(), arguments.vrf(),
            all ? Integer.MAX_VALUE : Listing.DEFAULT_LIMIT);
        if (listing.total() == 0) {
            out.println("No routes configured" + (arguments.node() == null ? "" : " on " + arguments.node())
                + (arguments.vrf() == null ? "" : " in VRF " + arguments.vrf()) + ".");
            return null;
        }
        out.println(listing.counts());
        RouteRow.table(listing.rows()).print(out);
        if (listing.truncated()) {
            out.println(listing.truncation("routes", "vswitch:routes -a"));
        }
        return null;
    }
}
