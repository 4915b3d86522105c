package io.vswitch.nodes;

import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.DataTreeChangeListener;
import org.opendaylight.mdsal.binding.api.DataTreeIdentifier;
import org.opendaylight.mdsal.binding.api.DataTreeModification;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Connection;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one VPP connection per configured, enabled node. Writing {@code /nodes/node=X} connects to its API socket;
 * disabling or deleting the node disconnects and leaves VPP as it is.
 */
@Component(service = NodeManager.class, immediate = true)
public final class NodeManager implements DataTreeChangeListener<Node>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeManager.class);
    private static final String DEFAULT_SOCKET = "/run/vpp/api.sock";

    private final ConnectionStateSink sink;
    private final VppClientConfig clientConfig;
    private final Map<String, NodeConnection> connections = new HashMap<>();
    private final List<NodeSessionListener> sessionListeners = new CopyOnWriteArrayList<>();
    /** What this manager registered and must release: the datastore listener and the state writer. */
    private final Runnable release;

    @Activate
    public NodeManager(@Reference final DataBroker dataBroker) {
        final OperationalConnectionWriter operational = new OperationalConnectionWriter(dataBroker);
        sink = operational;
        // A local Unix socket costs a failed connect() to try (microseconds, logged once per reason): come back
        // within a tenth of a second of a VPP restart.
        clientConfig = VppClientConfig.defaults().withReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(100));
        final Registration registration = dataBroker.registerTreeChangeListener(DataTreeIdentifier.create(
            LogicalDatastoreType.CONFIGURATION, InstanceIdentifier.create(Nodes.class).child(Node.class)), this);
        release = () -> {
            registration.close();
            operational.close();
        };
        LOG.info("Node manager started");
    }

    /**
     * For tests: a manager fed by hand, publishing to the given sink.
     */
    NodeManager(final ConnectionStateSink sink, final VppClientConfig clientConfig) {
        this.sink = sink;
        this.clientConfig = clientConfig;
        release = () -> { };
    }

    @Override
    public void onDataTreeChanged(final List<DataTreeModification<Node>> changes) {
        for (DataTreeModification<Node> change : changes) {
            final var root = change.getRootNode();
            final Node before = root.dataBefore();
            final Node after = root.dataAfter();
            final String name = after != null ? after.requireName() : before != null ? before.requireName() : null;
            if (name != null) {
                apply(name, after);
            }
        }
    }

    /**
     * Brings the node's connection in line with its configuration (null when the node was deleted).
     */
    synchronized void apply(final String name, final @Nullable Node config) {
        final NodeConnection existing = connections.get(name);
        if (config == null) {
            closeConnection(name, existing);
            sink.remove(name);
            LOG.info("Node {}: removed; VPP left as it is", name);
            return;
        }
        final Path socket = Path.of(config.getApiSocket() == null ? DEFAULT_SOCKET : config.getApiSocket());
        if (Boolean.FALSE.equals(config.getEnabled())) {
            closeConnection(name, existing);
            sink.publish(name, ConnectionState.of(Connection.State.Disabled, "node disabled in configuration"));
            return;
        }
        if (existing != null && existing.socket().equals(socket)) {
            return;
        }
        closeConnection(name, existing);
        connections.put(name, NodeConnection.open(name, socket, sink, clientConfig, sessionListeners));
    }

    /**
     * The node's current VPP session, when connected.
     */
    public synchronized Optional<VppSession> session(final String node) {
        final NodeConnection connection = connections.get(node);
        return connection == null ? Optional.empty() : Optional.ofNullable(connection.session());
    }

    /**
     * Tells the listener of every session from now on, starting with the ones already open.
     *
     * @return closing it stops the notifications
     */
    public synchronized Registration addSessionListener(final NodeSessionListener listener) {
        sessionListeners.add(listener);
        connections.forEach((name, connection) -> {
            final VppSession session = connection.session();
            if (session != null) {
                listener.connected(name, session);
            }
        });
        return () -> sessionListeners.remove(listener);
    }

    private void closeConnection(final String name, final @Nullable NodeConnection connection) {
        if (connection != null) {
            connections.remove(name);
            connection.close();
            sessionListeners.forEach(listener -> listener.disconnected(name, "node disabled or removed"));
        }
    }

    @Deactivate
    @Override
    public synchronized void close() {
        connections.values().forEach(NodeConnection::close);
        connections.clear();
        release.run();
        LOG.info("Node manager stopped");
    }
}
