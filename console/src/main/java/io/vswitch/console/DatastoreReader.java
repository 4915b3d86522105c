package io.vswitch.console;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * Reads for console commands: one snapshot per call, bounded in time so that a stuck datastore does not hang
 * the console.
 */
final class DatastoreReader {
    private static final long TIMEOUT_SECONDS = 10;

    private final DataBroker dataBroker;

    DatastoreReader(final DataBroker dataBroker) {
        this.dataBroker = dataBroker;
    }

    <T extends DataObject> Optional<T> read(final LogicalDatastoreType store, final InstanceIdentifier<T> path)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (ReadTransaction tx = dataBroker.newReadOnlyTransaction()) {
            return tx.read(store, path).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
