package io.vswitch.renderer.odl.impl;

import io.vswitch.renderer.odl.OperationalStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataTreeWriteTransaction;
import org.opendaylight.mdsal.dom.api.DOMSchemaService;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifier;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier.NodeIdentifierWithPredicates;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.opendaylight.yangtools.yang.data.api.schema.MapNode;
import org.opendaylight.yangtools.yang.data.api.schema.NormalizedNode;
import org.opendaylight.yangtools.yang.data.api.schema.builder.DataContainerNodeBuilder;
import org.opendaylight.yangtools.yang.data.spi.node.ImmutableNodes;
import org.opendaylight.yangtools.yang.data.util.DataSchemaContextTree;
import org.opendaylight.yangtools.yang.model.api.ListSchemaNode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the operational datastore from one thread, coalescing: while one transaction commits, later updates
 * of the same path replace each other, and all pending ones go into the next transaction. Thousands of status
 * changes thus cost a few transactions, and a path never shows an older value after a newer one.
 */
@Component(service = OperationalStore.class)
public final class OperationalWriter implements OperationalStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OperationalWriter.class);

    private final DOMDataBroker broker;
    private final BindingNormalizedNodeSerializer serializer;
    private final DOMSchemaService schemaService;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        final Thread writer = new Thread(runnable, "vswitch-status-writer");
        writer.setDaemon(true);
        return writer;
    });
    /** Path to its new content; empty means delete. Guarded by this. */
    private Map<InstanceIdentifier<?>, Optional<DataObject>> pending = new LinkedHashMap<>();
    private boolean flushScheduled;
    /**
     * Paths this writer has created or written under and not deleted since: a write under them needs no parent
     * structure. A write under an unknown entry of a known list merges just that entry's keys; anything else merges
     * the whole structure from the root, which is what makes thousands of first writes costly. A parent removed by
     * someone else makes a write fail once; it is then retried with the structure.
     */
    private final Set<YangInstanceIdentifier> knownParents = ConcurrentHashMap.newKeySet();
    /**
     * Lists whose existing entries were read into {@link #knownParents} (see {@link NewEntries}); dropped with them.
     * Used by the writer's thread and {@link #forget}.
     */
    private final Set<YangInstanceIdentifier> scannedLists = ConcurrentHashMap.newKeySet();
    /**
     * List entries this writer deleted and has not written under since: a later delete under one of them has nothing
     * to do. Used by the writer's thread and {@link #forget}.
     */
    private final Set<YangInstanceIdentifier> deletedEntries = ConcurrentHashMap.newKeySet();

    @Activate
    public OperationalWriter(@Reference final DOMDataBroker broker,
            @Reference final BindingNormalizedNodeSerializer serializer,
            @Reference final DOMSchemaService schemaService) {
        this.broker = broker;
        this.serializer = serializer;
        this.schemaService = schemaService;
    }

    /**
     * Replaces the data at the path (creating its parents).
     */
    @Override
    public synchronized <T extends DataObject> void put(final InstanceIdentifier<T> path, final T data) {
        pending.remove(path);
        pending.put(path, Optional.of(data));
        scheduleFlush();
    }

    @Override
    public synchronized void write(final Map<InstanceIdentifier<?>, Optional<? extends DataObject>> changes) {
        for (var change : changes.entrySet()) {
            pending.remove(change.getKey());
            pending.put(change.getKey(), change.getValue().map(DataObject.class::cast));
        }
        scheduleFlush();
    }

    /**
     * Deletes the data at the path.
     */
    @Override
    public synchronized void delete(final InstanceIdentifier<?> path) {
        pending.remove(path);
        pending.put(path, Optional.empty());
        scheduleFlush();
    }

    @Override
    public CompletionStage<Void> whenWritten() {
        // the writer's thread runs flushes in order: this runs after the flush of everything queued so far
        final CompletableFuture<Void> written = new CompletableFuture<>();
        try {
            thread.execute(() -> written.complete(null));
        } catch (RejectedExecutionException e) {
            written.complete(null);
        }
        return written;
    }

    @Override
    public synchronized void forget(final InstanceIdentifier<?> subtree) {
        pending.keySet().removeIf(subtree::contains);
        final YangInstanceIdentifier domSubtree = serializer.toYangInstanceIdentifier(subtree);
        knownParents.removeIf(domSubtree::contains);
        scannedLists.removeIf(domSubtree::contains);
        deletedEntries.removeIf(domSubtree::contains);
    }

    private boolean isUnderDeletedEntry(final YangInstanceIdentifier path) {
        if (deletedEntries.isEmpty()) {
            return false;
        }
        for (YangInstanceIdentifier parent = path.getParent(); parent != null && !parent.isEmpty();
                parent = parent.getParent()) {
            if (deletedEntries.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    private void scheduleFlush() {
        if (!flushScheduled && !thread.isShutdown()) {
            flushScheduled = true;
            thread.execute(this::flush);
        }
    }

    private void flush() {
        final Map<InstanceIdentifier<?>, Optional<DataObject>> batch;
        synchronized (this) {
            batch = pending;
            pending = new LinkedHashMap<>();
            flushScheduled = false;
        }
        if (!batch.isEmpty()) {
            commitInHalves(new ArrayList<>(batch.entrySet()));
        }
    }

    /**
     * Commits the writes; when the datastore refuses them, halves and retries, so that a few bad writes (typically
     * a delete under an entry that another write just removed) cost a few more transactions, not one per write.
     */
    private void commitInHalves(final List<Map.Entry<InstanceIdentifier<?>, Optional<DataObject>>> writes) {
        if (commit(writes) || writes.size() == 1) {
            return;
        }
        final int half = writes.size() / 2;
        commitInHalves(writes.subList(0, half));
        commitInHalves(writes.subList(half, writes.size()));
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private boolean commit(final List<Map.Entry<InstanceIdentifier<?>, Optional<DataObject>>> batch) {
        final long started = System.nanoTime();
        final DOMDataTreeWriteTransaction tx = broker.newWriteOnlyTransaction();
        final List<YangInstanceIdentifier> createdParents = new ArrayList<>();
        final List<YangInstanceIdentifier> paths = new ArrayList<>(batch.size());
        final NewEntries newEntries = new NewEntries();
        try {
            final Set<YangInstanceIdentifier> deleted = new HashSet<>();
            final List<BindingNormalizedNodeSerializer.NodeResult> puts = new ArrayList<>(batch.size());
            // the same object written to many paths (a plan's statuses) is converted once
            final Map<DataObject, NormalizedNode> converted = new IdentityHashMap<>();
            for (var write : batch) {
                final Optional<DataObject> data = write.getValue();
                if (data.isPresent()) {
                    puts.add(toNormalized(write.getKey(), data.orElseThrow(), converted));
                } else {
                    deleted.add(serializer.toYangInstanceIdentifier(write.getKey()));
                    puts.add(null);
                }
            }
            int index = 0;
            for (var write : batch) {
                final var normalized = puts.get(index++);
                if (normalized != null) {
                    final YangInstanceIdentifier path = normalized.path();
                    paths.add(path);
                    if (batch.size() > 1 && newEntries.offer(path, normalized.node(), deleted)) {
                        continue;
                    }
                    final YangInstanceIdentifier parent = path.getParent();
                    if (parent != null && !parent.isEmpty()
                            && (!knownParents.contains(parent) || batch.size() == 1)) {
                        ensureParent(tx, parent);
                        createdParents.add(parent);
                    }
                    tx.put(LogicalDatastoreType.OPERATIONAL, path, normalized.node());
                } else {
                    final YangInstanceIdentifier path = serializer.toYangInstanceIdentifier(write.getKey());
                    if (isUnderDeletedEntry(path)) {
                        // e.g. an interface's state removed after its entry: nothing left to delete, and the
                        // datastore would refuse it (and with it the batch, retried in halves)
                        continue;
                    }
                    paths.add(path);
                    tx.delete(LogicalDatastoreType.OPERATIONAL, path);
                    // an entry deleted is no longer a known parent (whole subtrees go through forget)
                    knownParents.remove(path);
                    if (path.getLastPathArgument() instanceof NodeIdentifierWithPredicates) {
                        deletedEntries.add(path);
                    }
                }
            }
            newEntries.write(tx);
        } catch (RuntimeException e) {
            // a write the codec cannot express: nothing of this batch is committed
            tx.cancel();
            if (batch.size() == 1) {
                LOG.warn("Operational write of {} cannot be expressed", batch.get(0).getKey(), e);
                return true;
            }
            return false;
        }
        try {
            // Waiting here is what coalesces: updates arriving meanwhile join the next transaction.
            final long built = System.nanoTime();
            tx.commit().get();
            createdParents.forEach(this::knowWithAncestors);
            newEntries.written().forEach(this::knowWithAncestors);
            LOG.debug("{} operational writes ({} with parents, {} new entries in {} lists) built in {} us, "
                + "committed in {} us", batch.size(), createdParents.size(), newEntries.written().size(),
                newEntries.lists(), (built - started) / 1000, (System.nanoTime() - built) / 1000);
            return true;
        } catch (ExecutionException e) {
            if (batch.size() == 1) {
                final var write = batch.get(0);
                if (write.getValue().isEmpty()) {
                    // Most likely its parent is already gone: there is nothing left to delete.
                    LOG.debug("Operational delete of {} refused", write.getKey(), e.getCause());
                } else {
                    LOG.warn("Operational write of {} refused", write.getKey(), e.getCause());
                }
            } else {
                // A parent may have been removed by another writer: write these again with parent structure, and
                // look at the lists again before merging new entries into them.
                for (YangInstanceIdentifier path : paths) {
                    for (YangInstanceIdentifier parent = path.getParent(); parent != null && !parent.isEmpty();
                            parent = parent.getParent()) {
                        knownParents.remove(parent);
                        scannedLists.remove(parent);
                    }
                }
                LOG.debug("{} operational writes refused together; retrying in halves", batch.size(), e.getCause());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /**
     * The writes of one batch that create list entries: a status (or another child) of an entry this writer has not
     * written under yet goes into one merge of the whole list with all such entries, instead of a merge of the
     * entry's keys and a put of the child per entry. For 100,000 new route statuses that is one modification instead
     * of 200,000 (a third of the time to build, a fraction to commit).
     *
     * <p>A merge keeps leaves it does not mention, so an entry is taken here only when it is known not to exist:
     * its list was read once (first use, and again after a refused commit) and the entry was not there, nor written
     * since; and nothing in the batch deletes it or above it.
     */
    private final class NewEntries {
        private final Map<YangInstanceIdentifier, Map<NodeIdentifierWithPredicates, DataContainerNodeBuilder<
            NodeIdentifierWithPredicates, MapEntryNode>>> byList = new LinkedHashMap<>();
        private final Set<YangInstanceIdentifier> missingLists = new HashSet<>();
        private final List<YangInstanceIdentifier> written = new ArrayList<>();

        /**
         * Takes the write if it is a child of a new entry; false if it must be written on its own.
         */
        boolean offer(final YangInstanceIdentifier path, final NormalizedNode node,
                final Set<YangInstanceIdentifier> deleted) {
            final YangInstanceIdentifier entryPath = path.getParent();
            if (entryPath == null || !(entryPath.getLastPathArgument() instanceof NodeIdentifierWithPredicates entry)
                    || knownParents.contains(entryPath) || !(node instanceof DataContainerChild child)) {
                return false;
            }
            final YangInstanceIdentifier list = entryPath.getParent();
            if (list == null || list.isEmpty() || isDeleted(entryPath, deleted) || !scanned(list)
                    || knownParents.contains(entryPath)) {
                return false;
            }
            final var entries = byList.computeIfAbsent(list, ignored -> new LinkedHashMap<>());
            entries.computeIfAbsent(entry, OperationalWriter::keysOnly).withChild(child);
            return true;
        }

        void write(final DOMDataTreeWriteTransaction tx) {
            byList.forEach((list, entries) -> {
                if (missingLists.contains(list)) {
                    tx.merge(LogicalDatastoreType.OPERATIONAL, YangInstanceIdentifier.of(list.getPathArguments()
                        .get(0)), org.opendaylight.yangtools.yang.data.impl.schema.ImmutableNodes.fromInstanceId(
                            schemaService.getGlobalContext(), list));
                }
                final var map = ImmutableNodes.newSystemMapBuilder()
                    .withNodeIdentifier(new NodeIdentifier(list.getLastPathArgument().getNodeType()));
                entries.forEach((entry, builder) -> {
                    map.withChild(builder.build());
                    written.add(list.node(entry));
                });
                tx.merge(LogicalDatastoreType.OPERATIONAL, list, map.build());
            });
        }

        List<YangInstanceIdentifier> written() {
            return written;
        }

        int lists() {
            return byList.size();
        }

        /**
         * Whether the list's existing entries are known (reading it once if needed) and new ones can be merged into
         * it: a system-ordered list.
         */
        private boolean scanned(final YangInstanceIdentifier list) {
            if (scannedLists.contains(list)) {
                return true;
            }
            final var schema = DataSchemaContextTree.from(schemaService.getGlobalContext()).findChild(list);
            if (schema.isEmpty() || !(schema.orElseThrow().dataSchemaNode() instanceof ListSchemaNode listSchema)
                    || listSchema.isUserOrdered() || !(list.getLastPathArgument() instanceof NodeIdentifier)) {
                return false;
            }
            final Optional<NormalizedNode> existing;
            try (var read = broker.newReadOnlyTransaction()) {
                existing = read.read(LogicalDatastoreType.OPERATIONAL, list).get();
            } catch (ExecutionException e) {
                LOG.debug("Operational list {} unreadable; its entries are written one by one", list, e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (existing.isPresent() && existing.orElseThrow() instanceof MapNode entries) {
                entries.body().forEach(entry -> knownParents.add(list.node(entry.name())));
                knowWithAncestors(list);
            } else {
                missingLists.add(list);
            }
            scannedLists.add(list);
            return true;
        }

        private static boolean isDeleted(final YangInstanceIdentifier entryPath,
                final Set<YangInstanceIdentifier> deleted) {
            if (deleted.isEmpty()) {
                return false;
            }
            for (YangInstanceIdentifier path = entryPath; path != null && !path.isEmpty(); path = path.getParent()) {
                if (deleted.contains(path)) {
                    return true;
                }
            }
            return false;
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private BindingNormalizedNodeSerializer.NodeResult toNormalized(final InstanceIdentifier<?> path,
            final DataObject data, final Map<DataObject, NormalizedNode> converted) {
        final NormalizedNode known = converted.get(data);
        if (known != null) {
            final YangInstanceIdentifier domPath = serializer.toYangInstanceIdentifier(path);
            // the same node only where it sits under the same name (a grouping's container in another module
            // has another namespace)
            if (known.name().equals(domPath.getLastPathArgument())) {
                return new BindingNormalizedNodeSerializer.NodeResult(domPath, known);
            }
        }
        final var result = serializer.toNormalizedDataObject((InstanceIdentifier) path, data);
        converted.put(data, result.node());
        return result;
    }

    /**
     * Makes sure the parent exists when the transaction commits: an entry of a list known to exist costs a merge of
     * its keys alone; anything else a merge of the structure down from the root.
     */
    private void ensureParent(final DOMDataTreeWriteTransaction tx, final YangInstanceIdentifier parent) {
        final YangInstanceIdentifier list = parent.getParent();
        if (parent.getLastPathArgument() instanceof NodeIdentifierWithPredicates entry && list != null
                && knownParents.contains(list)) {
            tx.merge(LogicalDatastoreType.OPERATIONAL, parent, keysOnly(entry).build());
        } else {
            // the structure is rooted at the path's top-level node
            tx.merge(LogicalDatastoreType.OPERATIONAL, YangInstanceIdentifier.of(parent.getPathArguments().get(0)),
                org.opendaylight.yangtools.yang.data.impl.schema.ImmutableNodes.fromInstanceId(
                    schemaService.getGlobalContext(), parent));
        }
    }

    private static DataContainerNodeBuilder<NodeIdentifierWithPredicates, MapEntryNode> keysOnly(
            final NodeIdentifierWithPredicates entry) {
        final var builder = ImmutableNodes.newMapEntryBuilder().withNodeIdentifier(entry);
        entry.entrySet().forEach(key -> builder.withChild(ImmutableNodes.leafNode(key.getKey(), key.getValue())));
        return builder;
    }

    private void knowWithAncestors(final YangInstanceIdentifier parent) {
        for (YangInstanceIdentifier path = parent; path != null && !path.isEmpty() && knownParents.add(path);
                path = path.getParent()) {
            // each newly known path's ancestors are known too; stop at the first one already known
            deletedEntries.remove(path);
        }
    }

    @Deactivate
    @Override
    public void close() {
        thread.shutdown();
    }
}
