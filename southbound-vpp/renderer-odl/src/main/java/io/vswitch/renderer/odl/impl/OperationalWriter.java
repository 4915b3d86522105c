package io.vswitch.renderer.odl.impl;

import io.vswitch.renderer.odl.OperationalStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yangtools.yang.binding.DataObject;
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
        batch.forEach(write -> {
            final InstanceIdentifier<?> path = write.getKey();
            final Optional<DataObject> data = write.getValue();
            if (data.isPresent()) {
                tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, (InstanceIdentifier) path,
                    data.orElseThrow());
            } else {
                tx.delete(LogicalDatastoreType.OPERATIONAL, path);
            }
        });
        try {
            // Waiting here is what coalesces: updates arriving meanwhile join the next transaction.
            tx.commit().get();
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
                LOG.debug("{} operational writes refused together; retrying in halves", batch.size(), e.getCause());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Deactivate
    @Override
    public void close() {
        thread.shutdown();
    }
}
