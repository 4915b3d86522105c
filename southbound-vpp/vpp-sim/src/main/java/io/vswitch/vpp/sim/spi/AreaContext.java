package io.vswitch.vpp.sim.spi;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.sim.cli.CliRegistry;
import io.vswitch.vpp.sim.state.SimState;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What an area gets to plug itself into one run of the simulator. Registrations made in
 * {@link SimArea#install(AreaContext)} hold for that run only.
 */
public interface AreaContext {
    /**
     * The state of this run, shared by all areas.
     *
     * @return the state
     */
    SimState state();

    /**
     * What the simulated VPP says about itself.
     *
     * @return version, pid and run number
     */
    SimInfo info();

    /**
     * Handles a request type. One handler per type; its reply type gets an id in the table too.
     *
     * @param <Q> the request type
     * @param <R> the reply type
     * @param type the request record class (part of the project's message catalogue)
     * @param handler the handler
     */
    <Q extends VppRequest<R>, R extends VppReply> void onRequest(Class<Q> type, RequestHandler<Q, R> handler);

    /**
     * Handles a dump type. One handler per type; its details type gets an id in the table too.
     *
     * @param <Q> the dump type
     * @param <D> the details type
     * @param type the dump record class (part of the project's message catalogue)
     * @param handler the handler
     */
    <Q extends VppDump<D>, D extends VppDetails> void onDump(Class<Q> type, DumpHandler<Q, D> handler);

    /**
     * Declares an event type this area sends, so that it gets an id in the table.
     *
     * @param type the event record class
     */
    void emits(Class<? extends VppEvent> type);

    /**
     * Declares a VPP module, for {@code api_versions} and for the order of message ids.
     *
     * @param module the module
     */
    void module(VppModule module);

    /**
     * The modules declared so far by all areas, in declaration order; complete once every area is installed,
     * so read it when handling a request, not during installation.
     *
     * @return the modules
     */
    List<VppModule> modules();

    /**
     * The CLI of this run, to add commands to.
     *
     * @return the command registry
     */
    CliRegistry cli();

    /**
     * Runs a hook after each batch of requests from one read (after their replies are queued), and after each
     * state change made through the simulator's Java API: where coalesced events go out, like VPP's process
     * nodes that run between API batches.
     *
     * @param hook the hook
     */
    void onBatchEnd(Runnable hook);

    /**
     * Runs a hook when a client disconnects (to drop its subscriptions).
     *
     * @param hook receives the closed session
     */
    void onSessionClosed(Consumer<ClientSession> hook);

    /**
     * The connected clients.
     *
     * @return a live view
     */
    Collection<? extends ClientSession> sessions();
}
