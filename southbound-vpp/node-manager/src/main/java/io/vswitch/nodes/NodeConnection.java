package io.vswitch.nodes;

import io.vswitch.vpp.api.client.VppClient;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppConnectionListener;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.core.ApiVersions;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ModuleVersion;
import io.vswitch.vpp.api.message.core.ShowVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's connection to one node's VPP: a {@link VppClient} that reconnects by itself, and the state of
 * each attempt published to a {@link ConnectionStateSink}.
 */
final class NodeConnection implements VppConnectionListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeConnection.class);

    private final String node;
    private final Path socket;
    private final ConnectionStateSink sink;
    private final VppClient client;
    private final List<NodeSessionListener> sessionListeners;
    private volatile boolean closed;
    private volatile String lastFailure = "";

    private NodeConnection(final String node, final Path socket, final ConnectionStateSink sink,
            final VppClientConfig config, final List<NodeSessionListener> sessionListeners) {
        this.node = node;
        this.sessionListeners = sessionListeners;
        this.socket = socket;
        this.sink = sink;
        sink.publish(node, ConnectionState.of(Connection.State.Connecting, "connecting to " + socket));
        client = VppClient.start(config.withSocketPath(socket).withClientName("vswitch-" + node));
        client.addListener(this);
    }

    static NodeConnection open(final String node, final Path socket, final ConnectionStateSink sink,
            final VppClientConfig config, final List<NodeSessionListener> sessionListeners) {
        return new NodeConnection(node, socket, sink, config, sessionListeners);
    }

    Path socket() {
        return socket;
    }

    /**
     * The current session, if connected.
     */
    @Nullable VppSession session() {
        return client.session().orElse(null);
    }

    @Override
    public void connected(final VppSession session) {
        if (closed) {
            return;
        }
        lastFailure = "";
        LOG.info("Node {}: connected to VPP at {}", node, socket);
        sessionListeners.forEach(listener -> listener.connected(node, session));
        final var version = session.call(new ShowVersion());
        final var ping = session.call(new ControlPing());
        final var modules = session.call(new ApiVersions());
        CompletableFuture.allOf(version, ping, modules).whenComplete((ignored, failure) -> {
            if (closed || !session.isOpen()) {
                return;
            }
            if (failure != null) {
                LOG.warn("Node {}: connected, but VPP did not describe itself", node, failure);
                sink.publish(node, ConnectionState.of(Connection.State.Connected,
                    "VPP did not answer show_version/control_ping: " + failure.getMessage()));
                return;
            }
            final List<String> plugins = modules.join().apiVersions().stream()
                .map(ModuleVersion::name).sorted().toList();
            final var compatibility = session.compatibility();
            if (!compatibility.isFullyCompatible()) {
                LOG.warn("Node {}: VPP cannot serve feature areas {}", node, compatibility.unavailableAreas());
            }
            sink.publish(node, ConnectionState.connected(version.join().version(),
                Integer.toUnsignedLong(ping.join().vpePid()), plugins, compatibility));
        });
    }

    @Override
    public void connectFailed(final Throwable cause, final Duration nextAttemptIn) {
        if (closed) {
            return;
        }
        // Published only when the reason changes: a VPP that stays away must not rewrite the datastore at every try.
        final Throwable detail = cause.getCause() == null ? cause : cause.getCause();
        final String reason = "no VPP at " + socket + ": " + detail.getMessage();
        if (!reason.equals(lastFailure)) {
            lastFailure = reason;
            LOG.info("Node {}: {} (retrying every {} s at most)", node, reason, nextAttemptIn.toSeconds());
            sink.publish(node, ConnectionState.of(Connection.State.Connecting, reason));
        }
    }

    @Override
    public void disconnected(final VppSession session, final VppDisconnectedException reason) {
        if (closed) {
            return;
        }
        LOG.warn("Node {}: lost VPP at {}: {}", node, socket, reason.getMessage());
        sink.publish(node, ConnectionState.of(Connection.State.Disconnected, reason.getMessage()));
        sessionListeners.forEach(listener -> listener.disconnected(node, reason.getMessage()));
    }

    @Override
    public void close() {
        closed = true;
        client.close();
    }
}
