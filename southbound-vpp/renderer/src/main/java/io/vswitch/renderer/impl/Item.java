package io.vswitch.renderer.impl;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import java.time.Instant;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One node of the graph: the desired side (what is asked) and the dataplane side (what we believe the node has).
 * Mutable, confined to the scheduler's thread.
 */
@SuppressFBWarnings(value = {"NP_STORE_INTO_NONNULL_FIELD", "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR"},
    justification = "TYPE_USE @Nullable fields, which SpotBugs does not read")
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

    /** Nothing left to remember. */
    boolean isGone() {
        return desired == null && applied == null;
    }

    /** A new desired value (null: no longer desired); what was found about the old one is dropped. */
    void desire(final @Nullable Object value) {
        desired = value;
        invalid = null;
        plannerReason = null;
    }

    /** Desired by a transaction, not derived from another item. */
    void makeBase() {
        base = true;
        parent = null;
    }

    void clearPlannerReason() {
        plannerReason = null;
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
