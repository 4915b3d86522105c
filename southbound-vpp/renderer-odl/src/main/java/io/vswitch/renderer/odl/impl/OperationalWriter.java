package io.vswitch.renderer.odl.impl;

import io.vswitch.renderer.odl.OperationalStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.DataObjectStep;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
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

    private final DataBroker dataBroker;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        final Thread writer = new Thread(runnable, "vswitch-status-writer");
        writer.setDaemon(true);
        return writer;
    });
    /** Path to its new content; empty means delete. Guarded by this. */
    private Map<InstanceIdentifier<?>, Optional<DataObject>> pending = new LinkedHashMap<>();
    private boolean flushScheduled;
    /**
     * Parents this writer has created or written under and not deleted since: a write under them needs no
     * parent-structure merge, which is the costly part of writing thousands of statuses. A parent removed by someone
     * else makes that write fail once; it is then retried with the merge.
     */
    private final Set<InstanceIdentifier<?>> knownParents = ConcurrentHashMap.newKeySet();

    @Activate
    public OperationalWriter(@Reference final DataBroker dataBroker) {
        this.dataBroker = dataBroker;
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
    public synchronized void forget(final InstanceIdentifier<?> subtree) {
        pending.keySet().removeIf(subtree::contains);
        knownParents.removeIf(subtree::contains);
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
            write(new ArrayList<>(batch.entrySet()));
        }
    }

    /**
     * Commits the writes; when the datastore refuses them, halves and retries, so that a few bad writes (typically
     * a delete under an entry that another write just removed) cost a few more transactions, not one per write.
     */
    private void write(final List<Map.Entry<InstanceIdentifier<?>, Optional<DataObject>>> writes) {
        if (commit(writes) || writes.size() == 1) {
            return;
        }
        final int half = writes.size() / 2;
        write(writes.subList(0, half));
        write(writes.subList(half, writes.size()));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private boolean commit(final List<Map.Entry<InstanceIdentifier<?>, Optional<DataObject>>> batch) {
        final WriteTransaction tx = dataBroker.newWriteOnlyTransaction();
        final List<InstanceIdentifier<?>> createdParents = new ArrayList<>();
        for (var write : batch) {
            final InstanceIdentifier<?> path = write.getKey();
            final Optional<DataObject> data = write.getValue();
            if (data.isPresent()) {
                final InstanceIdentifier<?> parent = parentOf(path);
                if (parent != null && knownParents.contains(parent) && batch.size() > 1) {
                    tx.put(LogicalDatastoreType.OPERATIONAL, (InstanceIdentifier) path, data.orElseThrow());
                } else {
                    tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, (InstanceIdentifier) path,
                        data.orElseThrow());
                    if (parent != null) {
                        createdParents.add(parent);
                    }
                }
            } else {
                tx.delete(LogicalDatastoreType.OPERATIONAL, path);
                // an entry deleted is no longer a known parent (whole subtrees go through forget)
                knownParents.remove(path);
            }
        }
        try {
            // Waiting here is what coalesces: updates arriving meanwhile join the next transaction.
            tx.commit().get();
            knownParents.addAll(createdParents);
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
                // A parent may have been removed by another writer: write these again with parent merges.
                batch.forEach(write -> {
                    final InstanceIdentifier<?> parent = parentOf(write.getKey());
                    if (parent != null) {
                        knownParents.remove(parent);
                    }
                });
                LOG.debug("{} operational writes refused together; retrying in halves", batch.size(), e.getCause());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static @Nullable InstanceIdentifier<?> parentOf(final InstanceIdentifier<?> path) {
        final List<DataObjectStep<?>> steps = new ArrayList<>();
        path.getPathArguments().forEach(steps::add);
        return steps.size() < 2 ? null : InstanceIdentifier.unsafeOf(steps.subList(0, steps.size() - 1));
    }

    @Deactivate
    @Override
    public void close() {
        thread.shutdown();
    }
}
