package io.vswitch.vpp.api.client.impl;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppConnectionListener;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.transport.VppFrameDecoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one VPP connected: connects and handshakes, reconnects with a doubling backoff after a failed attempt or
 * a lost connection, tells listeners, and closes the session politely with {@code sockclnt_delete}. All its state
 * changes happen on one event loop, which also runs the channels it makes.
 */
public final class ConnectionManager {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionManager.class);
    private static final Duration MAX_DELETE_WAIT = Duration.ofSeconds(1);

    private final VppClientConfig config;
    private final MessageRegistry registry;
    private final EventLoop loop;
    private final EventHandlers clientEvents;
    private final List<VppConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<VppSession>> waiters = new ArrayList<>();
    private final CompletableFuture<Void> closeFuture = new CompletableFuture<>();
    private final AtomicReference<ChannelSession> current = new AtomicReference<>();

    private volatile boolean closed;
    private Duration backoff;
    private int failedAttempts;

    /**
     * Creates the manager; {@link #start()} begins connecting.
     *
     * @param config where and how
     * @param registry our messages
     * @param loop the event loop for this VPP's channels and state, of the config's transport
     * @param clientEvents event handlers that outlive sessions
     */
    public ConnectionManager(final VppClientConfig config, final MessageRegistry registry, final EventLoop loop,
            final EventHandlers clientEvents) {
        this.config = config;
        this.registry = registry;
        this.loop = loop;
        this.clientEvents = clientEvents;
        this.backoff = config.reconnectMin();
    }

    /**
     * Begins the first connection attempt.
     */
    public void start() {
        loop.execute(this::connect);
    }

    /**
     * The session while connected.
     *
     * @return the open session, if any
     */
    public Optional<VppSession> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Completes with the current session, or the next one established.
     *
     * @return the session; fails with {@link VppDisconnectedException} when the client closes first
     */
    public CompletableFuture<VppSession> nextSession() {
        final CompletableFuture<VppSession> waiter = new CompletableFuture<>();
        if (closed) {
            waiter.completeExceptionally(new VppDisconnectedException("Client closed", null));
            return waiter;
        }
        onLoop(() -> {
            final ChannelSession session = current.get();
            if (session != null) {
                waiter.complete(session);
            } else if (closed) {
                waiter.completeExceptionally(new VppDisconnectedException("Client closed", null));
            } else {
                waiters.add(waiter);
            }
        });
        return waiter;
    }

    /**
     * Adds a listener; when connected, it is told of the current session at once.
     *
     * @param listener the listener
     */
    public void addListener(final VppConnectionListener listener) {
        onLoop(() -> {
            listeners.add(listener);
            final ChannelSession session = current.get();
            if (session != null) {
                notifyConnected(listener, session);
            }
        });
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(final VppConnectionListener listener) {
        listeners.remove(listener);
    }

    /**
     * Stops reconnecting, deletes the VPP client registration when connected and closes the connection.
     *
     * @return completes when the connection is closed
     */
    public CompletableFuture<Void> close() {
        onLoop(this::closeOnLoop);
        return closeFuture;
    }

    /**
     * Whether the calling thread is this manager's event loop, where nothing may wait.
     *
     * @return true on the event loop
     */
    public boolean inEventLoop() {
        return loop.inEventLoop();
    }

    private void onLoop(final Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            // the client's own event loop is shut down: the client is closed, there is nothing left to do
            LOG.debug("Event loop terminated, ignoring a late request", e);
            closeFuture.complete(null);
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        final Promise<ChannelSession> promise = loop.newPromise();
        final ChannelFuture connectFuture = config.transport().newBootstrap(loop)
            .handler(new ChannelInitializer<>() {
                @Override
                protected void initChannel(final Channel ch) {
                    ch.pipeline().addLast("vpp-frames", new VppFrameDecoder())
                        .addLast("vpp-handshake", new HandshakeHandler(config, registry, clientEvents, promise));
                }
            })
            .connect(config.transport().address(config.socketPath()));
        connectFuture.addListener(done -> {
            if (!done.isSuccess()) {
                promise.tryFailure(new VppDisconnectedException("Cannot connect to " + config.socketPath() + ": "
                    + done.cause(), done.cause()));
            }
        });
        promise.addListener((Future<ChannelSession> done) -> {
            if (done.isSuccess()) {
                established(done.getNow());
            } else {
                attemptFailed(done.cause());
            }
        });
    }

    private void established(final ChannelSession session) {
        if (closed) {
            // closed during the handshake: VPP drops the registration with the socket
            session.channel().close();
            return;
        }
        LOG.info("Connected to VPP at {} as client {}{}", config.socketPath(), session.clientIndex(),
            session.compatibility().isFullyCompatible() ? ""
                : ", unavailable areas " + session.compatibility().unavailableAreas());
        current.set(session);
        backoff = config.reconnectMin();
        failedAttempts = 0;
        listeners.forEach(listener -> notifyConnected(listener, session));
        waiters.forEach(waiter -> waiter.complete(session));
        waiters.clear();
        // after the connect notices, so that a session dying at once is reported in order
        session.closeFuture().thenAccept(reason -> lost(session, reason));
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void attemptFailed(final Throwable cause) {
        if (closed) {
            return;
        }
        failedAttempts++;
        if (failedAttempts == 1) {
            LOG.warn("VPP at {} unavailable, retrying: {}", config.socketPath(), cause.getMessage());
        } else {
            LOG.debug("VPP at {} still unavailable (attempt {}): {}", config.socketPath(), failedAttempts,
                cause.getMessage());
        }
        final Duration delay = backoff;
        scheduleReconnect(delay);
        final Duration doubled = delay.multipliedBy(2);
        backoff = doubled.compareTo(config.reconnectMax()) > 0 ? config.reconnectMax() : doubled;
        for (VppConnectionListener listener : listeners) {
            try {
                listener.connectFailed(cause, delay);
            } catch (RuntimeException e) {
                LOG.warn("Connection listener {} failed", listener, e);
            }
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void lost(final ChannelSession session, final VppDisconnectedException reason) {
        current.compareAndSet(session, null);
        LOG.info("Disconnected from VPP at {}: {}", config.socketPath(), reason.getMessage());
        for (VppConnectionListener listener : listeners) {
            try {
                listener.disconnected(session, reason);
            } catch (RuntimeException e) {
                LOG.warn("Connection listener {} failed", listener, e);
            }
        }
        if (closed) {
            closeFuture.complete(null);
        } else {
            backoff = config.reconnectMin();
            scheduleReconnect(backoff);
        }
    }

    private void scheduleReconnect(final Duration delay) {
        // a scheduled attempt after close() finds the manager closed and does nothing
        loop.schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void closeOnLoop() {
        if (closed) {
            return;
        }
        closed = true;
        final VppDisconnectedException closing = new VppDisconnectedException("Client closed", null);
        waiters.forEach(waiter -> waiter.completeExceptionally(closing));
        waiters.clear();
        final ChannelSession session = current.get();
        if (session == null) {
            closeFuture.complete(null);
            return;
        }
        final Duration wait = config.callTimeout().compareTo(MAX_DELETE_WAIT) < 0 ? config.callTimeout()
            : MAX_DELETE_WAIT;
        session.delete(wait).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.debug("sockclnt_delete failed", failure);
            }
            session.channel().close();
        });
        // the delete may wait behind a full window of calls to an unresponsive VPP: do not wait for it long
        loop.schedule(() -> session.channel().close(), 2 * wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private static void notifyConnected(final VppConnectionListener listener, final VppSession session) {
        try {
            listener.connected(session);
        } catch (RuntimeException e) {
            LOG.warn("Connection listener {} failed", listener, e);
        }
    }
}
