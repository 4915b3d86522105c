package io.vswitch.nodes;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.MoreExecutors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.CommitInfo;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Connection;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes connection states to {@code /nodes/node=X/connection} in the operational datastore. Writes happen on
 * one thread, in the order they were published, so the datastore never shows an older state after a newer one.
 */
final class OperationalConnectionWriter implements ConnectionStateSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OperationalConnectionWriter.class);

    private final DataBroker dataBroker;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "vswitch-node-state-writer");
        thread.setDaemon(true);
        return thread;
    });

    OperationalConnectionWriter(final DataBroker dataBroker) {
        this.dataBroker = dataBroker;
    }

    static InstanceIdentifier<Node> nodePath(final String node) {
        return InstanceIdentifier.create(Nodes.class).child(Node.class, new NodeKey(node));
    }

    @Override
    public void publish(final String node, final ConnectionState state) {
        writer.execute(() -> {
            final WriteTransaction tx = dataBroker.newWriteOnlyTransaction();
            tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, nodePath(node).child(Connection.class),
                state.toConnection());
            commit(tx, "state of node " + node);
        });
    }

    @Override
    public void remove(final String node) {
        writer.execute(() -> {
            final WriteTransaction tx = dataBroker.newWriteOnlyTransaction();
            tx.delete(LogicalDatastoreType.OPERATIONAL, nodePath(node));
            commit(tx, "removal of node " + node);
        });
    }

    private static void commit(final WriteTransaction tx, final String what) {
        tx.commit().addCallback(new FutureCallback<CommitInfo>() {
            @Override
            public void onSuccess(final CommitInfo result) {
                LOG.debug("Wrote {}", what);
            }

            @Override
            public void onFailure(final Throwable cause) {
                LOG.warn("Failed to write {}", what, cause);
            }
        }, MoreExecutors.directExecutor());
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}
