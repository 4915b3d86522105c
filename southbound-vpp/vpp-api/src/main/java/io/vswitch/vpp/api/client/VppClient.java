package io.vswitch.vpp.api.client;

import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.vswitch.vpp.api.client.impl.ConnectionManager;
import io.vswitch.vpp.api.client.impl.EventHandlers;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.codec.VppMessages;
import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to one VPP that survives VPP restarts. It connects at {@link #start(VppClientConfig)} and, whenever
 * the connection fails or drops, reconnects with a doubling backoff between the configured bounds, telling its
 * {@link VppConnectionListener}s each time. Calls go to the current {@link VppSession}; without one they fail at
 * once with {@link VppDisconnectedException}, and a drop fails every call in flight or queued. Event handlers
 * registered here stay across reconnects.
 */
public final class VppClient implements VppApi, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VppClient.class);
    private static final long SHUTDOWN_SECONDS = 5;

    private final ConnectionManager manager;
    private final EventHandlers events;
    private final EventLoopGroup group;
    private final boolean ownsGroup;

    private VppClient(final VppClientConfig config, final MessageRegistry registry, final EventLoopGroup group,
            final boolean ownsGroup) {
        this.events = new EventHandlers();
        this.manager = new ConnectionManager(config, registry, group.next(), events);
        this.group = group;
        this.ownsGroup = ownsGroup;
    }

    /**
     * Starts a client with its own event loop thread, for all messages this code defines.
     *
     * @param config where and how
     * @return the client, connecting
     */
    public static VppClient start(final VppClientConfig config) {
        return start(config, MessageRegistry.of(VppMessages.all()));
    }

    /**
     * Starts a client with its own event loop thread.
     *
     * @param config where and how
     * @param registry the messages to check and use
     * @return the client, connecting
     */
    public static VppClient start(final VppClientConfig config, final MessageRegistry registry) {
        final EventLoopGroup group = config.transport().newEventLoopGroup(1,
            new DefaultThreadFactory("vpp-client", true));
        return start(new VppClient(config, registry, group, true));
    }

    /**
     * Starts a client on a shared event loop group, which it does not shut down.
     *
     * @param config where and how
     * @param registry the messages to check and use
     * @param group event loops made by {@code config.transport()}
     * @return the client, connecting
     */
    public static VppClient start(final VppClientConfig config, final MessageRegistry registry,
            final EventLoopGroup group) {
        return start(new VppClient(config, registry, group, false));
    }

    private static VppClient start(final VppClient client) {
        client.manager.start();
        return client;
    }

    /**
     * Adds a listener of connects and disconnects. When connected, it is told of the current session at once.
     *
     * @param listener the listener
     */
    public void addListener(final VppConnectionListener listener) {
        manager.addListener(listener);
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(final VppConnectionListener listener) {
        manager.removeListener(listener);
    }

    /**
     * The current session.
     *
     * @return the session while connected
     */
    public Optional<VppSession> session() {
        return manager.current();
    }

    /**
     * The current session, or the next one.
     *
     * @return completes when connected; fails with {@link VppDisconnectedException} if the client closes first
     */
    public CompletableFuture<VppSession> connected() {
        return manager.nextSession();
    }

    @Override
    public <R extends VppReply> CompletableFuture<R> call(final VppRequest<R> request) {
        return manager.current().map(session -> session.call(request)).orElseGet(VppClient::notConnected);
    }

    @Override
    public <R extends VppReply> CompletableFuture<R> call(final VppRequest<R> request, final Duration timeout) {
        return manager.current().map(session -> session.call(request, timeout)).orElseGet(VppClient::notConnected);
    }

    @Override
    public <D extends VppDetails> CompletableFuture<List<D>> dump(final VppDump<D> request) {
        return manager.current().map(session -> session.dump(request)).orElseGet(VppClient::notConnected);
    }

    @Override
    public <D extends VppDetails> CompletableFuture<List<D>> dump(final VppDump<D> request, final Duration timeout) {
        return manager.current().map(session -> session.dump(request, timeout)).orElseGet(VppClient::notConnected);
    }

    @Override
    public <E extends VppEvent> EventRegistration onEvent(final Class<E> type, final Consumer<? super E> handler) {
        return events.add(type, handler);
    }

    /**
     * Stops reconnecting, sends {@code sockclnt_delete} when connected, closes the connection (failing what is
     * still in flight) and releases the event loop if the client owns it. Blocks for at most a few seconds; on
     * the client's own event loop it does not wait.
     */
    @Override
    public void close() {
        final CompletableFuture<Void> closed = manager.close();
        if (manager.inEventLoop()) {
            return;
        }
        try {
            closed.get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("VPP client did not close cleanly", e);
        }
        if (ownsGroup) {
            group.shutdownGracefully(0, SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static <T> CompletableFuture<T> notConnected() {
        return CompletableFuture.failedFuture(new VppDisconnectedException("Not connected to VPP", null));
    }
}
