package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import io.vswitch.renderer.spi.ItemKey;
import java.time.Instant;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The status of one item the scheduler knows: a desired item, or one it still has to remove from the dataplane.
 *
 * @param key the item
 * @param state where it stands
 * @param reason what a person reads: empty when applied; for {@code PENDING} what it waits for (e.g.
 *     {@code waits for interface vpp1/interfaces/loop0 (not configured)} or {@code node not connected}); for
 *     {@code FAILED} and {@code RETRYING} the error
 * @param error the last failed call, if the item is failed or retrying (or was, before the node disconnected)
 * @param nextAttempt when {@code RETRYING}: the time of the next attempt
 * @param attempts failed attempts since the item last changed or succeeded
 * @param desired false for an item that is no longer desired but is still in the dataplane (its removal is pending
 *     or failed)
 * @param derivedFrom for a derived item, the item it is derived from
 */
public record ItemStatus(ItemKey key, ItemState state, String reason, @Nullable ErrorInfo error,
        @Nullable Instant nextAttempt, int attempts, boolean desired, @Nullable ItemKey derivedFrom) {
    /**
     * Checks the components.
     *
     * @param key the item
     * @param state where it stands
     * @param reason the readable reason
     * @param error the last failed call, or null
     * @param nextAttempt the next attempt, or null
     * @param attempts failed attempts
     * @param desired whether the item is desired
     * @param derivedFrom its parent, or null
     */
    public ItemStatus {
        requireNonNull(key, "key");
        requireNonNull(state, "state");
        requireNonNull(reason, "reason");
    }

    /**
     * Whether the item is in the dataplane as desired.
     *
     * @return true if {@link ItemState#APPLIED}
     */
    public boolean isApplied() {
        return state == ItemState.APPLIED;
    }

    @Override
    public String toString() {
        return key + " " + state + (reason.isEmpty() ? "" : ": " + reason);
    }
}
