package io.vswitch.renderer.api;

import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Renders the desired state of one dataplane node: keeps its items in a dependency graph, turns each change into an
 * ordered plan of descriptor calls issued as concurrently as the graph allows, and keeps every item's status.
 *
 * <p>Single-threaded inside: every method only hands work to the scheduler's own thread and returns at once;
 * transactions, resyncs and retries run one after another in the order they were handed in. Thread-safe.
 */
public interface NodeScheduler extends AutoCloseable {
    /**
     * A builder.
     *
     * @param nodeName the node's name: the first segment of every key it takes
     * @return a new builder
     */
    static NodeSchedulerBuilder builder(final String nodeName) {
        return new NodeSchedulerBuilder(nodeName);
    }

    /**
     * The node's name.
     *
     * @return e.g. {@code vpp1}
     */
    String nodeName();

    /**
     * Applies desired-state changes: plans them and runs the plan if connected; if not, records them and leaves
     * the items pending until the resync that follows the next connect.
     *
     * @param transaction the changes; every key must belong to this node
     * @return a stage completed when the plan has run (every call completed or skipped), never failed
     * @throws IllegalArgumentException if a key belongs to another node
     */
    CompletionStage<TransactionResult> submit(Transaction transaction);

    /**
     * Retrieves what the node has through every descriptor, correlates it with the desired state and converges
     * with the fewest calls: creates what is missing, fixes what differs, deletes what is ours and no longer
     * desired, and leaves foreign items alone. Also retries every failed item.
     *
     * @return a stage completed when done, never failed
     */
    CompletionStage<ResyncResult> resync();

    /**
     * The node is connected; a resync follows.
     *
     * @param nodeHandle what descriptors reach the node with (e.g. the VPP session); see
     *     {@link io.vswitch.renderer.spi.ApplyContext#node}
     * @return the stage of the resync that follows
     */
    CompletionStage<ResyncResult> onConnected(Object nodeHandle);

    /**
     * The node is gone. No further call is issued (a plan under way stops issuing; the calls in flight finish);
     * items not applied wait as pending until the resync after the next connect.
     *
     * @param reason why, for pending reasons
     */
    void onDisconnected(String reason);

    /**
     * Replaces the set of descriptors (e.g. when a feature bundle comes or goes); items of a kind without a
     * descriptor wait as pending. A resync follows if connected.
     *
     * @param descriptors every descriptor now registered
     */
    void setDescriptors(Collection<? extends Descriptor<?>> descriptors);

    /**
     * Whether the node is connected, as last told.
     *
     * @return true between {@link #onConnected} and {@link #onDisconnected}
     */
    boolean isConnected();

    /**
     * The status of every item known, as last reported to the listener.
     *
     * @return an immutable snapshot
     */
    Map<ItemKey, ItemStatus> statuses();

    /**
     * The status of one item, as last reported.
     *
     * @param key the item
     * @return its status, or empty if unknown
     */
    Optional<ItemStatus> status(ItemKey key);

    /**
     * The latest entries of the transaction log.
     *
     * @param max how many at most
     * @return the entries, oldest first
     */
    List<TransactionRecord> history(int max);

    /**
     * A stage completed once everything handed in before has been done (its plan included).
     *
     * @return the stage
     */
    CompletionStage<Void> barrier();

    /**
     * Stops the scheduler: nothing more is issued; stages not yet completed stay so.
     */
    @Override
    void close();
}
