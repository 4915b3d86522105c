package io.vswitch.renderer.odl.impl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the operational datastore from one thread, coalescing: while one transaction commits, later updates
 * of the same path replace each other, and all pending ones go into the next transaction. Thousands of status
 * changes thus cost a few transactions, and a path never shows an older value after a newer one.
 */
final class OperationalWriter implements AutoCloseable {
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

    OperationalWriter(final DataBroker dataBroker) {
        this.dataBroker = dataBroker;
    }

    /**
     * Replaces the data at the path (creating its parents).
     */
    synchronized <T extends DataObject> void put(final InstanceIdentifier<T> path, final T data) {
        pending.remove(path);
        pending.put(path, Optional.of(data));
        scheduleFlush();
    }

    /**
     * Deletes the data at the path.
     */
    synchronized void delete(final InstanceIdentifier<?> path) {
        pending.remove(path);
        pending.put(path, Optional.empty());
        scheduleFlush();
    }

    /**
     * Drops pending writes of the paths matched (for a node that is going away).
     */
    synchronized void discard(final Predicate<InstanceIdentifier<?>> matching) {
        pending.keySet().removeIf(matching);
    }

    private void scheduleFlush() {
        if (!flushScheduled && !thread.isShutdown()) {
            flushScheduled = true;
            thread.execute(this::flush);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void flush() {
        final Map<InstanceIdentifier<?>, Optional<DataObject>> batch;
        synchronized (this) {
            batch = pending;
            pending = new LinkedHashMap<>();
            flushScheduled = false;
        }
        if (batch.isEmpty()) {
            return;
        }
        final WriteTransaction tx = dataBroker.newWriteOnlyTransaction();
        batch.forEach((path, data) -> {
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
        } catch (ExecutionException e) {
            LOG.warn("Failed to write {} operational updates", batch.size(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
