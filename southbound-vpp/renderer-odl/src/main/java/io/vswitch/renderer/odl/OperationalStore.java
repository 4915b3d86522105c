package io.vswitch.renderer.odl;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The one writer of the vSwitch operational data (statuses, VPP state, resync results). Every area writes through it,
 * so that writes of the same entries never conflict with each other, a path never shows an older value after a newer
 * one, and thousands of updates cost a few transactions. Writes are asynchronous; a write that the datastore refuses
 * is logged and does not take the others with it.
 */
public interface OperationalStore {
    /**
     * Replaces the data at the path, creating its parents.
     */
    <T extends DataObject> void put(InstanceIdentifier<T> path, T data);

    /**
     * Replaces (present) or deletes (empty) the data at each path, in the map's order, queued at once: a plan's
     * thousands of statuses then go into the same transaction.
     */
    void write(Map<InstanceIdentifier<?>, Optional<? extends DataObject>> changes);

    /**
     * Deletes the data at the path (nothing if there is none).
     */
    void delete(InstanceIdentifier<?> path);

    /**
     * Drops the writes still queued at or under the path (for a node that is going away).
     */
    void forget(InstanceIdentifier<?> subtree);

    /**
     * Completes (never exceptionally) once every write queued before the call has been committed or refused.
     */
    CompletionStage<Void> whenWritten();
}
