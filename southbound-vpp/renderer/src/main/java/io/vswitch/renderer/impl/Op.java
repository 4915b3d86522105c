package io.vswitch.renderer.impl;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.PlannedOp;
import io.vswitch.renderer.spi.Dependency;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One step of a plan: a descriptor call on one item, with the steps that must finish before it may start.
 */
@SuppressFBWarnings(value = {"NP_STORE_INTO_NONNULL_FIELD", "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR"},
    justification = "TYPE_USE @Nullable fields, which SpotBugs does not read")
final class Op {
    enum State {
        PLANNED,
        IN_FLIGHT,
        DONE,
        SKIPPED
    }

    final Operation operation;
    final Item item;
    /** No dataplane call: only the graph changes (forgetting a foreign item, a NOOP update). */
    final boolean noCall;
    final String note;
    final List<Op> next = new ArrayList<>(1);
    int waits;
    /** Scratch for the planner's ordering. */
    int orderWaits;
    State state = State.PLANNED;

    // taken when issued
    @Nullable Object value;
    @Nullable Object oldValue;
    List<Dependency> deps = List.of();
    long startNanos;

    Op(final Operation operation, final Item item, final boolean noCall, final String note) {
        this.operation = operation;
        this.item = item;
        this.noCall = noCall;
        this.note = note;
    }

    void before(final Op successor) {
        next.add(successor);
        successor.waits++;
    }

    PlannedOp toPlanned() {
        return new PlannedOp(operation, item.key, item.descriptorName(), note);
    }

    @Override
    public String toString() {
        return operation + " " + item.key + " " + state;
    }
}
