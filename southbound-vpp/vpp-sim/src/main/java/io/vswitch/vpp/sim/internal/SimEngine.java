package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.DecoderException;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.api.definition.VppMessageBody;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.api.message.core.SockclntCreate;
import io.vswitch.vpp.api.message.core.SockclntCreateReply;
import io.vswitch.vpp.api.message.core.SockclntDelete;
import io.vswitch.vpp.api.message.core.SockclntDeleteReply;
import io.vswitch.vpp.api.transport.UnixDomainTransport;
import io.vswitch.vpp.api.transport.VppFrameDecoder;
import io.vswitch.vpp.sim.spi.ClientSession;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.SimInfo;
import io.vswitch.vpp.sim.state.SimHost;
import io.vswitch.vpp.sim.state.SimState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the simulator: a single-threaded event loop that owns the state, the listening socket and the
 * client connections. Every message is decoded, handled and answered on that thread, in arrival order; the
 * replies of one read batch go out in one write per client.
 */
public final class SimEngine {
    /**
     * Everything a run starts from.
     *
     * @param socket the socket file to listen on
     * @param info what the simulated VPP says about itself
     * @param areas the feature areas, in installation order
     * @param registry the project's message definitions
     * @param faults the fault plan (shared across runs)
     * @param host the host around VPP (shared across runs)
     * @param reuseSwIfIndexes whether deleted interface indexes are reused
     * @param firstDynamicId the id of the first message after memclnt's
     * @param transport epoll or NIO
     */
    public record Spec(Path socket, SimInfo info, List<SimArea> areas, MessageRegistry registry, FaultPlan faults,
            SimHost host, boolean reuseSwIfIndexes, int firstDynamicId, UnixDomainTransport transport) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimEngine.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final List<Class<? extends VppMessageBody>> RAW_MESSAGES = List.of(SockclntCreate.class,
        SockclntCreateReply.class, SockclntDelete.class, SockclntDeleteReply.class);

    private final Path socket;
    private final EventLoopGroup group;
    private final EventLoop loop;
    private final Channel server;
    private final SimState state;
    private final FaultPlan faults;
    private final MessageTable table;
    private final Route[] routes;
    private final List<Runnable> batchEndHooks;
    private final List<Consumer<ClientSession>> closeHooks;
    private final TreeMap<Integer, Session> sessions = new TreeMap<>();
    private final List<Session> pendingSessions = new ArrayList<>();

    @SuppressWarnings("checkstyle:IllegalCatch")
    private SimEngine(final Spec spec, final UnixDomainTransport transport) throws IOException {
        socket = spec.socket();
        faults = spec.faults();
        state = new SimState(spec.host(), spec.reuseSwIfIndexes());
        final RunContext context = new RunContext(state, spec.info(), sessions.values());
        spec.areas().forEach(area -> area.install(context));
        table = buildTable(context, spec.registry(), spec.firstDynamicId());
        routes = buildRoutes(context, spec.registry());
        batchEndHooks = List.copyOf(context.batchEndHooks());
        closeHooks = List.copyOf(context.closeHooks());

        group = transport.newEventLoopGroup(1, new DefaultThreadFactory("vpp-sim", true));
        loop = group.next();
        try {
            Files.deleteIfExists(socket);
            server = transport.newServerBootstrap(group)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(final Channel channel) {
                        channel.pipeline().addLast(new VppFrameDecoder(),
                            new SessionHandler(SimEngine.this, openSession(channel)));
                    }
                })
                .bind(transport.address(socket)).syncUninterruptibly().channel();
        } catch (IOException | RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            throw e;
        }
    }

    /**
     * Starts a run: builds the state and id table, binds the socket.
     *
     * @param spec what to start from
     * @return the running engine
     * @throws IOException if the socket cannot be bound
     */
    public static SimEngine start(final Spec spec) throws IOException {
        final SimEngine engine = new SimEngine(spec, spec.transport());
        LOG.info("VPP simulator {} listening on {} ({} messages in the table, {})", spec.info().version(),
            spec.socket(), engine.table.entries().size(), spec.transport());
        return engine;
    }

    private static MessageTable buildTable(final RunContext context, final MessageRegistry registry,
            final int firstDynamicId) {
        final Map<String, MessageDescriptor<?>> implemented = new HashMap<>();
        for (RunContext.RequestRegistration<?, ?> registration : context.requests()) {
            addWithAnswer(implemented, registry, registration.type());
        }
        for (RunContext.DumpRegistration<?, ?> registration : context.dumps()) {
            addWithAnswer(implemented, registry, registration.type());
        }
        for (Class<? extends VppEvent> event : context.events()) {
            final MessageDescriptor<?> descriptor = registry.descriptor(event);
            implemented.put(descriptor.name(), descriptor);
        }
        final Map<String, String> raw = new HashMap<>();
        for (Class<? extends VppMessageBody> type : RAW_MESSAGES) {
            final MessageDescriptor<?> descriptor = registry.descriptor(type);
            raw.put(descriptor.name(), descriptor.nameCrc());
        }
        return MessageTable.build(context.modules(), implemented, raw, firstDynamicId);
    }

    private static void addWithAnswer(final Map<String, MessageDescriptor<?>> implemented,
            final MessageRegistry registry, final Class<? extends VppMessageBody> type) {
        final MessageDescriptor<?> descriptor = registry.descriptor(type);
        implemented.put(descriptor.name(), descriptor);
        final Class<?> answer = descriptor.answerType();
        if (answer != null) {
            final MessageDescriptor<?> answerDescriptor = registry.descriptor(answer.asSubclass(VppMessageBody.class));
            implemented.put(answerDescriptor.name(), answerDescriptor);
        }
    }

    private Route[] buildRoutes(final RunContext context, final MessageRegistry registry) {
        final int maxId = table.entries().stream().mapToInt(MessageTable.Entry::id).max().orElse(0);
        final Route[] built = new Route[maxId + 1];
        final ZeroMessages zeros = new ZeroMessages();
        for (RunContext.RequestRegistration<?, ?> registration : context.requests()) {
            final Route route = requestRoute(registration, registry, zeros);
            built[idOf(route.name())] = route;
        }
        for (RunContext.DumpRegistration<?, ?> registration : context.dumps()) {
            final Route route = dumpRoute(registration, registry);
            built[idOf(route.name())] = route;
        }
        built[idOf(SockclntCreateRoute.NAME)] = new SockclntCreateRoute(idOf(SockclntCreateRoute.REPLY_NAME), table);
        built[idOf(SockclntDeleteRoute.NAME)] = new SockclntDeleteRoute(idOf(SockclntDeleteRoute.REPLY_NAME),
            sessions::containsKey);
        return built;
    }

    private int idOf(final String name) {
        final MessageTable.Entry entry = table.byName(name);
        if (entry == null) {
            throw new IllegalStateException("No id for " + name + "; is its module declared?");
        }
        return entry.id();
    }

    @SuppressWarnings("unchecked")
    private <Q extends VppRequest<R>, R extends VppReply> Route requestRoute(
            final RunContext.RequestRegistration<Q, R> registration, final MessageRegistry registry,
            final ZeroMessages zeros) {
        final MessageDescriptor<Q> request = registry.descriptor(registration.type());
        final MessageDescriptor<R> reply = registry.descriptor((Class<R>) request.answerType());
        return new RequestRoute<>(request, reply, idOf(reply.name()), registration.handler(), state, faults, zeros);
    }

    @SuppressWarnings("unchecked")
    private <Q extends VppDump<D>, D extends VppDetails> Route dumpRoute(
            final RunContext.DumpRegistration<Q, D> registration, final MessageRegistry registry) {
        final MessageDescriptor<Q> request = registry.descriptor(registration.type());
        final MessageDescriptor<D> details = registry.descriptor((Class<D>) request.answerType());
        return new DumpRoute<>(request, details, idOf(details.name()), registration.handler(), state, faults);
    }

    // --- on the event loop ---

    Session openSession(final Channel channel) {
        int index = 1;
        while (sessions.containsKey(index)) {
            index++;
        }
        final Session session = new Session(channel, index, this);
        sessions.put(index, session);
        LOG.debug("Client connected: registration {}", index);
        return session;
    }

    void closeSession(final Session session) {
        if (sessions.remove(session.registrationIndex(), session)) {
            session.discard();
            pendingSessions.remove(session);
            closeHooks.forEach(hook -> hook.accept(session));
            LOG.debug("Client {} ({}) disconnected", session.registrationIndex(), session.name());
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    void dispatch(final Session session, final ByteBuf in) {
        final int length = in.readableBytes();
        if (length < Short.BYTES) {
            LOG.warn("Client {} sent a {}-byte message: no reply", session.registrationIndex(), length);
            return;
        }
        final int id = in.readUnsignedShort();
        final Route route = id < routes.length ? routes[id] : null;
        if (route == null) {
            LOG.warn("Client {} sent unknown message id {} ({} bytes): no reply", session.registrationIndex(), id,
                length);
            return;
        }
        try {
            route.handle(session, in);
        } catch (IndexOutOfBoundsException | DecoderException e) {
            LOG.warn("Client {} sent a truncated {} ({} bytes): no reply", session.registrationIndex(),
                route.name(), length);
        } catch (RuntimeException e) {
            LOG.warn("Client {} sent an undecodable {} ({} bytes): no reply", session.registrationIndex(),
                route.name(), length, e);
        }
    }

    void markPending(final Session session) {
        pendingSessions.add(session);
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    void endBatch() {
        for (Runnable hook : batchEndHooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                LOG.error("Batch-end hook failed", e);
            }
        }
        if (pendingSessions.isEmpty()) {
            return;
        }
        final long delay = faults.replyDelayNanos();
        for (Session session : pendingSessions) {
            session.flush(delay);
        }
        pendingSessions.clear();
    }

    @SuppressWarnings("unchecked")
    void sendEvent(final Session session, final VppEvent event) {
        final MessageTable.Entry entry = table.byType(event.getClass());
        final MessageDescriptor<?> descriptor = entry == null ? null : entry.descriptor();
        if (entry == null || descriptor == null) {
            LOG.warn("Event {} has no id in this run's table; not sent", event.getClass().getSimpleName());
            return;
        }
        if (session.isOpen()) {
            session.write(entry.id(), session.clientIndex(), (MessageDescriptor<VppEvent>) descriptor, event);
        }
    }

    // --- from any thread ---

    /**
     * Runs a function on the simulator thread, then ends the batch (so that events it caused go out).
     *
     * @param <T> the result type
     * @param function reads or changes the state
     * @return the function's result
     */
    @SuppressWarnings("checkstyle:AvoidHidingCauseException")
    public <T> T call(final Function<SimState, T> function) {
        if (loop.inEventLoop()) {
            final T result = function.apply(state);
            endBatch();
            return result;
        }
        try {
            return loop.submit(() -> call(function)).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the simulator", e);
        } catch (ExecutionException e) {
            final Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Simulator call failed", cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Simulator did not answer within " + CALL_TIMEOUT, e);
        }
    }

    /**
     * The id table of this run.
     *
     * @return {@code name_crc} to id, in id order
     */
    public Map<String, Integer> messageIds() {
        return table.ids();
    }

    /**
     * The number of connected clients.
     *
     * @return the count
     */
    public int clientCount() {
        return call(ignored -> sessions.size());
    }

    /**
     * Ends the run abruptly, like a crash: every connection and the socket close, the state is gone.
     */
    public void kill() {
        try {
            call(ignored -> {
                new ArrayList<>(sessions.values()).forEach(session -> session.channel().close());
                return null;
            });
        } catch (IllegalStateException | java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Simulator loop already gone", e);
        }
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("Cannot remove socket file {}", socket, e);
        }
        LOG.info("VPP simulator on {} stopped", socket);
    }
}
