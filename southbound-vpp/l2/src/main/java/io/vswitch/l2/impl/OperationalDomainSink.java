package io.vswitch.l2.impl;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.MoreExecutors;
import java.util.Map;
import java.util.Set;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.CommitInfo;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.State;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code /nodes/node=X/bridge-domains/bridge-domain=Y/state} to the operational datastore: one transaction
 * per call, only the given changes; never touches the entry's {@code status} (the renderer glue writes it).
 */
@SuppressWarnings("deprecation") // mergeParentStructureMerge: the entry may not exist yet
final class OperationalDomainSink implements DomainStateSink {
    private static final Logger LOG = LoggerFactory.getLogger(OperationalDomainSink.class);

    private final DataBroker broker;

    OperationalDomainSink(final DataBroker broker) {
        this.broker = broker;
    }

    @Override
    public void write(final String node, final Map<String, DomainOperState> changed, final Set<String> removed,
            final Runnable onFailure) {
        if (changed.isEmpty() && removed.isEmpty()) {
            return;
        }
        final WriteTransaction tx = broker.newWriteOnlyTransaction();
        changed.forEach((name, state) -> {
            // delete + merge = replace the state container alone, creating the entry if the glue has not yet
            final InstanceIdentifier<State> path = statePath(node, name);
            tx.delete(LogicalDatastoreType.OPERATIONAL, path);
            tx.mergeParentStructureMerge(LogicalDatastoreType.OPERATIONAL, path, state.toBinding());
        });
        removed.forEach(name -> tx.delete(LogicalDatastoreType.OPERATIONAL, statePath(node, name)));
        tx.commit().addCallback(new FutureCallback<CommitInfo>() {
            @Override
            public void onSuccess(final CommitInfo result) {
                LOG.debug("Node {}: {} bridge domain states written, {} removed", node, changed.size(),
                    removed.size());
            }

            @Override
            public void onFailure(final Throwable cause) {
                LOG.warn("Node {}: writing bridge domain states failed", node, cause);
                onFailure.run();
            }
        }, MoreExecutors.directExecutor());
    }

    static InstanceIdentifier<State> statePath(final String node, final String name) {
        return BridgeDomainConfigMapping.path(node, name).child(State.class);
    }
}
