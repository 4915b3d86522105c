package io.vswitch.renderer.spi;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Teaches the renderer one kind of item: which keys are its, what each item needs and implies, and how to create,
 * update, delete and find it in the dataplane. A feature bundle registers one per kind; the renderer core knows no
 * feature area by name.
 *
 * <p>The scheduler calls {@link #create}, {@link #update} and {@link #delete} on its own thread and expects them
 * not to block: they start the work (e.g. send a VPP request) and return a stage completed when the dataplane
 * answered. Independent calls are issued without waiting for each other, so an implementation must not assume
 * one call at a time. The value-only methods ({@link #handles}, {@link #dependencies}, {@link #derive},
 * {@link #updatePolicy}, {@link #equivalent}, {@link #isRetriable}) must be pure and fast.
 *
 * @param <V> the type of the items' values (immutable, with value equality)
 */
public interface Descriptor<V> {
    /**
     * A name unique among descriptors, shown in logs and the transaction log.
     *
     * @return e.g. {@code interface} or {@code interface-address}
     */
    String name();

    /**
     * The type of the values this descriptor takes; a value of another type is refused.
     *
     * @return the value class
     */
    Class<V> valueType();

    /**
     * Whether this descriptor handles an item; exactly one registered descriptor may handle each key.
     *
     * @param key an item's key
     * @return true if the key is of this descriptor's kind
     */
    boolean handles(ItemKey key);

    /**
     * The items that must be applied before this one can be created; they are removed only after it.
     *
     * @param key the item's key
     * @param value its value
     * @return its dependencies (none by default)
     */
    default List<Dependency> dependencies(final ItemKey key, final V value) {
        return List.of();
    }

    /**
     * The items this one's value implies, each a graph node of its own (e.g. an interface's addresses).
     *
     * @param key the item's key
     * @param value its value (desired, or as retrieved: derived items of a retrieved item count as retrieved)
     * @return the derived items (none by default)
     */
    default List<DerivedItem> derive(final ItemKey key, final V value) {
        return List.of();
    }

    /**
     * Creates the item in the dataplane.
     *
     * @param ctx the node and the metadata of the dependencies
     * @param key the item's key
     * @param value its value
     * @return a stage completed with the item's metadata ({@link Metadata#EMPTY} if none), or failed with the
     *     dataplane's error (ideally one implementing {@link VppError})
     */
    CompletionStage<Metadata> create(ApplyContext ctx, ItemKey key, V value);

    /**
     * Deletes the item from the dataplane.
     *
     * @param ctx the node and the metadata of the dependencies
     * @param key the item's key
     * @param value its value as applied
     * @param metadata its metadata
     * @return a stage completed when done, or failed with the dataplane's error
     */
    CompletionStage<Void> delete(ApplyContext ctx, ItemKey key, V value, Metadata metadata);

    /**
     * How to go from one value of an applied item to another.
     *
     * @param oldValue the value applied
     * @param newValue the value desired, not equal to the old one
     * @return the policy; by default {@link UpdatePolicy#RECREATE}
     */
    default UpdatePolicy updatePolicy(final V oldValue, final V newValue) {
        return UpdatePolicy.RECREATE;
    }

    /**
     * Changes an applied item in place; called only when {@link #updatePolicy} said
     * {@link UpdatePolicy#UPDATE_IN_PLACE}.
     *
     * @param ctx the node and the metadata of the dependencies
     * @param key the item's key
     * @param oldValue the value applied
     * @param newValue the value desired
     * @param metadata the item's metadata
     * @return a stage completed with the item's new metadata (the old one if unchanged)
     */
    default CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final V oldValue,
            final V newValue, final Metadata metadata) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException(name() + " cannot update in place"));
    }

    /**
     * Finds what the dataplane has of this kind, for resync. Items are keyed as desired items would be. An item
     * derived (by {@link #derive}) from a retrieved item counts as retrieved too, so a derived kind whose state
     * shows in its parent's retrieved value need not retrieve itself. Items neither retrieved nor derived from a
     * retrieved item are taken to be absent from the dataplane.
     *
     * @param ctx the node, and what the {@link #retrieveDependencies()} retrieved
     * @return a stage completed with the items found (none by default)
     */
    default CompletionStage<List<RetrievedItem<V>>> retrieve(final RetrieveContext ctx) {
        return CompletableFuture.completedFuture(List.of());
    }

    /**
     * The descriptors whose items must be retrieved before this one's (see {@link RetrieveContext#retrieved}).
     *
     * @return descriptor names (none by default)
     */
    default Set<String> retrieveDependencies() {
        return Set.of();
    }

    /**
     * Whether repeating the failed call may succeed (the scheduler retries with backoff) or not (the item stays
     * failed until its value, a dependency or the node changes, or a resync runs).
     *
     * @param error the failure, unwrapped from {@link java.util.concurrent.CompletionException}
     * @return false by default
     */
    default boolean isRetriable(final Throwable error) {
        return false;
    }

    /**
     * Whether a retrieved value is what the desired value asks for, so that resync leaves it alone. Override when
     * the dataplane reports defaults or normalises values (e.g. MAC case, an MTU of 0 meaning default).
     *
     * @param desired the desired value
     * @param retrieved the value found in the dataplane
     * @return true if no call is needed; {@code equals} by default
     */
    default boolean equivalent(final V desired, final V retrieved) {
        return desired.equals(retrieved);
    }
}
