package io.vswitch.vpp.sim.internal;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.sim.cli.CliRegistry;
import io.vswitch.vpp.sim.spi.AreaContext;
import io.vswitch.vpp.sim.spi.ClientSession;
import io.vswitch.vpp.sim.spi.DumpHandler;
import io.vswitch.vpp.sim.spi.RequestHandler;
import io.vswitch.vpp.sim.spi.SimInfo;
import io.vswitch.vpp.sim.spi.VppModule;
import io.vswitch.vpp.sim.state.SimState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects what the areas register for one run.
 */
final class RunContext implements AreaContext {
    /**
     * A request handler registration.
     *
     * @param <Q> the request type
     * @param <R> the reply type
     * @param type the request class
     * @param handler the handler
     */
    record RequestRegistration<Q extends VppRequest<R>, R extends VppReply>(Class<Q> type,
            RequestHandler<Q, R> handler) {
    }

    /**
     * A dump handler registration.
     *
     * @param <Q> the dump type
     * @param <D> the details type
     * @param type the dump class
     * @param handler the handler
     */
    record DumpRegistration<Q extends VppDump<D>, D extends VppDetails>(Class<Q> type, DumpHandler<Q, D> handler) {
    }

    private final SimState state;
    private final SimInfo info;
    private final Collection<? extends ClientSession> sessions;
    private final CliRegistry cli = new CliRegistry();
    private final Map<Class<?>, RequestRegistration<?, ?>> requests = new LinkedHashMap<>();
    private final Map<Class<?>, DumpRegistration<?, ?>> dumps = new LinkedHashMap<>();
    private final Set<Class<? extends VppEvent>> events = new LinkedHashSet<>();
    private final List<VppModule> modules = new ArrayList<>();
    private final List<Runnable> batchEndHooks = new ArrayList<>();
    private final List<Consumer<ClientSession>> closeHooks = new ArrayList<>();

    RunContext(final SimState state, final SimInfo info, final Collection<? extends ClientSession> sessions) {
        this.state = state;
        this.info = info;
        this.sessions = sessions;
    }

    @Override
    public SimState state() {
        return state;
    }

    @Override
    public SimInfo info() {
        return info;
    }

    @Override
    public <Q extends VppRequest<R>, R extends VppReply> void onRequest(final Class<Q> type,
            final RequestHandler<Q, R> handler) {
        if (requests.put(type, new RequestRegistration<>(type, handler)) != null) {
            throw new IllegalStateException("Two handlers for " + type.getName());
        }
    }

    @Override
    public <Q extends VppDump<D>, D extends VppDetails> void onDump(final Class<Q> type,
            final DumpHandler<Q, D> handler) {
        if (dumps.put(type, new DumpRegistration<>(type, handler)) != null) {
            throw new IllegalStateException("Two handlers for " + type.getName());
        }
    }

    @Override
    public void emits(final Class<? extends VppEvent> type) {
        events.add(type);
    }

    @Override
    public void module(final VppModule module) {
        if (modules.stream().noneMatch(known -> known.name().equals(module.name()))) {
            modules.add(module);
        }
    }

    @Override
    public List<VppModule> modules() {
        return Collections.unmodifiableList(modules);
    }

    @Override
    public CliRegistry cli() {
        return cli;
    }

    @Override
    public void onBatchEnd(final Runnable hook) {
        batchEndHooks.add(hook);
    }

    @Override
    public void onSessionClosed(final Consumer<ClientSession> hook) {
        closeHooks.add(hook);
    }

    @Override
    public Collection<? extends ClientSession> sessions() {
        return Collections.unmodifiableCollection(sessions);
    }

    Collection<RequestRegistration<?, ?>> requests() {
        return requests.values();
    }

    Collection<DumpRegistration<?, ?>> dumps() {
        return dumps.values();
    }

    Set<Class<? extends VppEvent>> events() {
        return events;
    }

    List<Runnable> batchEndHooks() {
        return batchEndHooks;
    }

    List<Consumer<ClientSession>> closeHooks() {
        return closeHooks;
    }
}
