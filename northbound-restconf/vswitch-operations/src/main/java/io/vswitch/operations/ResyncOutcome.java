package io.vswitch.operations;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.ResyncResult;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ResyncOutput.Result;

/**
 * How a resync ended, in the terms of the {@code resync} RPC's output.
 *
 * @param result {@code success} when it ran to its end and every item is applied; {@code partial} when it ran to its
 *     end but a call failed or an item is pending, failed or retrying; {@code failed} when it could not run to its
 *     end (a retrieve failed, VPP went away)
 * @param detail one line: the counts of calls and items, or the errors
 */
record ResyncOutcome(Result result, String detail) {
    /**
     * Classifies a resync by its result and the items' statuses right after it.
     *
     * @param resync what the resync did
     * @param statuses the node's item statuses once it ended
     * @return the outcome
     */
    static ResyncOutcome of(final ResyncResult resync, final Collection<ItemStatus> statuses) {
        final Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        for (ItemState state : ItemState.values()) {
            counts.put(state, 0);
        }
        statuses.forEach(status -> counts.merge(status.state(), 1, Integer::sum));

        final StringBuilder detail = new StringBuilder();
        if (!resync.errors().isEmpty()) {
            detail.append(String.join("; ", resync.errors())).append("; ");
        }
        detail.append("items found in VPP: ").append(resync.retrieved())
            .append("; calls: ").append(resync.calls()).append(" (").append(resync.creates()).append(" create, ")
            .append(resync.updates()).append(" update, ").append(resync.deletes()).append(" delete, ")
            .append(resync.failedCalls()).append(" failed); items now: ");
        final StringBuilder items = new StringBuilder();
        counts.forEach((state, count) -> {
            if (count > 0 || state == ItemState.APPLIED) {
                items.append(items.isEmpty() ? "" : ", ").append(count).append(' ')
                    .append(state.name().toLowerCase(Locale.ROOT));
            }
        });
        detail.append(items).append("; took ").append(resync.duration().toMillis()).append(" ms");

        final Result result;
        if (!resync.complete()) {
            result = Result.Failed;
        } else if (resync.failedCalls() > 0 || counts.get(ItemState.APPLIED) < statuses.size()) {
            result = Result.Partial;
        } else {
            result = Result.Success;
        }
        return new ResyncOutcome(result, detail.toString());
    }
}
