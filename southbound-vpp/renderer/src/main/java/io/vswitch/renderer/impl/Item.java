package io.vswitch.renderer.impl;

import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One node of the graph: the desired side (what is asked) and the dataplane side (what we believe the node has).
 * Mutable, confined to the scheduler's thread.
 */
final class Item {
    final ItemKey key;
    @Nullable Descriptor<Object> descriptor;

    // desired side
    @Nullable Object desired;
    /** Desired by a transaction (not derived). */
    boolean base;
    /** For a derived item, the item deriving it. */
    @Nullable ItemKey parent;
    List<Dependency> desiredDeps = List.of();
    List<ItemKey> derivedKeys = List.of();
    /** Why the desired value cannot be used at all (wrong type, derive failed), or null. */
    @Nullable String invalid;

    // dataplane side
    @Nullable Object applied;
    Metadata metadata = Metadata.EMPTY;
    List<Dependency> appliedDeps = List.of();
    /** Whether we created it; a foreign item is never deleted unless desired (and then recreated or orphaned). */
    boolean owned = true;

    // failure bookkeeping
    @Nullable ErrorInfo error;
    int attempts;
    @Nullable Instant nextAttempt;
    /** A reason found by the planner that the graph's state does not show (a dependency cycle). */
    @Nullable String plannerReason;

    Item(final ItemKey key) {
        this.key = key;
    }

    boolean isDesired() {
        return desired != null;
    }

    boolean isApplied() {
        return applied != null;
    }

    /** Desired and in the dataplane: a satisfied dependency. */
    boolean isUsable() {
        return desired != null && applied != null && invalid == null;
    }

    boolean isConverged() {
        return Objects.equals(desired, applied) && error == null;
    }

    /** Nothing left to remember. */
    boolean isGone() {
        return desired == null && applied == null;
    }

    void clearFailure() {
        error = null;
        attempts = 0;
        nextAttempt = null;
    }

    String descriptorName() {
        final var local = descriptor;
        return local == null ? "-" : local.name();
    }

    @Override
    public String toString() {
        return key + "{desired=" + desired + ", applied=" + applied + "}";
    }
}
