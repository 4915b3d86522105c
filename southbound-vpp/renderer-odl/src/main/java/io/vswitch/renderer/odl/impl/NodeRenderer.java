package io.vswitch.renderer.odl.impl;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.api.StatusBatch;
import io.vswitch.renderer.api.StatusListener;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.odl.OperationalStore;
import io.vswitch.renderer.odl.spi.ConfigMapping;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.VppError;
import io.vswitch.vpp.api.client.VppCallException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemStatus;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.Status;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.StatusBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeKey;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Resync;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.ResyncBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.StatusSummary;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.StatusSummaryBuilder;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's renderer: its desired items (by configuration entry), its scheduler, and where its statuses go.
 */
final class NodeRenderer implements StatusListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeRenderer.class);

    private final String node;
    private final NodeScheduler scheduler;
    private final OperationalStore writer;
    private final InstanceIdentifier<Node> nodePath;
    /** Guarded by this. */
    private final DesiredItems<InstanceIdentifier<? extends ItemStatus>, ConfigMapping<?>> desired =
        new DesiredItems<>();
    /** Used by the scheduler thread only. */
    private final StatusAggregator<InstanceIdentifier<? extends ItemStatus>> aggregator =
        new StatusAggregator<>(this::producers);
    private volatile boolean closed;
    private long changeCount;

    NodeRenderer(final String node, final Collection<? extends Descriptor<?>> descriptors,
            final OperationalStore writer) {
        this.node = node;
        this.writer = writer;
        nodePath = InstanceIdentifier.create(Nodes.class).child(Node.class, new NodeKey(node));
        scheduler = NodeScheduler.builder(node)
            .descriptors(descriptors)
            .statusListener(this)
            .errorDescriber(NodeRenderer::describe)
            .build();
    }

    String node() {
        return node;
    }

    NodeScheduler scheduler() {
        return scheduler;
    }

    /**
     * Changes the desired items and submits what changed as one transaction.
     */
    synchronized void change(final String description,
            final Consumer<DesiredItems<InstanceIdentifier<? extends ItemStatus>, ConfigMapping<?>>> update,
            final DesiredItems.ChangeCollector collector) {
        update.accept(desired);
        final DesiredItems.Changes changes = collector.changes();
        if (changes.isEmpty() || closed) {
            return;
        }
        changeCount++;
        final Transaction.Builder tx = Transaction.builder(description + " #" + changeCount);
        changes.deletes().forEach(tx::delete);
        changes.puts().forEach(tx::put);
        scheduler.submit(tx.build());
    }

    /**
     * Shows on an entry that it cannot be rendered, and why.
     */
    void refuse(final InstanceIdentifier<? extends ItemStatus> entry, final String reason) {
        writer.put(entry.child(Status.class), toStatus(new EntryStatus(ItemState.FAILED,
            "cannot be rendered: " + reason, null, null), now()));
    }

    synchronized int desiredCount() {
        return desired.itemCount();
    }

    private synchronized Set<InstanceIdentifier<? extends ItemStatus>> producers(final ItemKey key) {
        return desired.producers(key);
    }

    @Override
    public void onStatusChanged(final StatusBatch batch) {
        if (closed) {
            return;
        }
        // one timestamp per batch: a plan's statuses change together
        final DateAndTime changedAt = now();
        final var changed = aggregator.apply(batch);
        if (changed.isEmpty()) {
            return;
        }
        final Map<InstanceIdentifier<?>, Optional<? extends DataObject>> writes = new LinkedHashMap<>();
        // a plan's statuses are mostly the same: one object each (the writer converts each object once)
        final Map<EntryStatus, Status> shared = new HashMap<>();
        changed.forEach((entry, status) -> writes.put(status.isPresent() ? entry.child(Status.class) : entry,
            status.map(shown -> shared.computeIfAbsent(shown, ignored -> toStatus(shown, changedAt)))));
        // after the statuses it counts: the writer commits it with them
        final Map<ItemState, Integer> counts = aggregator.counts();
        writes.put(nodePath.child(StatusSummary.class), Optional.of(new StatusSummaryBuilder()
            .setApplied(Uint32.valueOf(counts.getOrDefault(ItemState.APPLIED, 0)))
            .setPending(Uint32.valueOf(counts.getOrDefault(ItemState.PENDING, 0)))
            .setRetrying(Uint32.valueOf(counts.getOrDefault(ItemState.RETRYING, 0)))
            .setFailed(Uint32.valueOf(counts.getOrDefault(ItemState.FAILED, 0)))
            .build()));
        writer.write(writes);
    }

    @Override
    public void onResyncFinished(final ResyncResult result) {
        if (closed) {
            return;
        }
        final boolean pending = scheduler.statuses().values().stream()
            .anyMatch(status -> status.state() != ItemState.APPLIED);
        final Resync.Result outcome = !result.complete() ? Resync.Result.Failed
            : pending || result.failedCalls() > 0 ? Resync.Result.Partial : Resync.Result.Success;
        final StringBuilder detail = new StringBuilder()
            .append(result.retrieved()).append(" retrieved, ")
            .append(result.creates()).append(" created, ")
            .append(result.updates()).append(" updated, ")
            .append(result.deletes()).append(" deleted, ")
            .append(result.failedCalls()).append(" failed calls in ")
            .append(result.duration().toMillis()).append(" ms");
        result.errors().stream().limit(5).forEach(error -> detail.append("; ").append(error));
        writer.put(nodePath.child(Resync.class), new ResyncBuilder()
            .setLastTime(now())
            .setResult(outcome)
            .setDetail(detail.toString())
            .build());
        LOG.info("Node {}: resync {}: {}", node, outcome.getName(), detail);
    }

    private static Status toStatus(final EntryStatus status, final DateAndTime changedAt) {
        return new StatusBuilder()
            .setState(switch (status.state()) {
                case APPLIED -> org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState.Applied;
                case PENDING -> org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState.Pending;
                case FAILED -> org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState.Failed;
                case RETRYING -> org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState.Retrying;
            })
            .setReason(status.reason().isEmpty() ? null : status.reason())
            .setVppMessage(status.vppMessage())
            .setVppRetval(status.vppRetval())
            .setLastChange(changedAt)
            .build();
    }

    private static DateAndTime now() {
        return new DateAndTime(Instant.now().toString());
    }

    private static Optional<VppError> describe(final Throwable error) {
        return error instanceof VppCallException call
            ? Optional.of(VppError.of(call.retval(), call.messageName())) : Optional.empty();
    }

    /**
     * Stops rendering this node; VPP is left as it is.
     */
    @Override
    public void close() {
        closed = true;
        scheduler.close();
        writer.forget(nodePath);
    }
}
