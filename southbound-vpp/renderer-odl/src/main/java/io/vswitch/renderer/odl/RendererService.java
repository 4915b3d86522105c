package io.vswitch.renderer.odl;

import io.vswitch.renderer.api.NodeScheduler;
import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The running renderer: one scheduler per configured node. For the console and the RPCs (status, history, resync),
 * and for the areas' state monitors.
 */
public interface RendererService {
    /**
     * The names of the nodes that have a scheduler, sorted.
     */
    SortedSet<String> nodes();

    /**
     * The node's scheduler, if the node is configured.
     */
    Optional<NodeScheduler> scheduler(String node);

    /**
     * Completes once everything queued or running for the node when called is done, or after {@code atMost},
     * whichever comes first, never exceptionally; at once for a node without a scheduler. State monitors dump VPP
     * after it: a dump in the middle of a plan shows half of it and makes the next one write the states again.
     * The running renderer also waits for the statuses of that work to be written: what a client waits for goes
     * first, the VPP state beside it after.
     */
    default CompletableFuture<Void> whenIdle(final String node, final Duration atMost) {
        return scheduler(node).map(scheduler -> scheduler.barrier().toCompletableFuture()
                .completeOnTimeout(null, atMost.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(error -> null))
            .orElseGet(() -> CompletableFuture.completedFuture(null));
    }
}
