package io.vswitch.renderer.api;

import com.google.common.collect.ImmutableMap;
import io.vswitch.renderer.spi.ItemKey;
import java.util.Map;

/**
 * What one transaction's plan did.
 *
 * @param seq the transaction's number in the log
 * @param calls descriptor calls issued
 * @param failedCalls of those, the ones that failed
 * @param statuses the status, after the plan, of every item the plan considered (the transaction's items, their
 *     derived items and their dependents); removed items are absent
 */
public record TransactionResult(long seq, int calls, int failedCalls, Map<ItemKey, ItemStatus> statuses) {
    /**
     * Copies the map.
     *
     * @param seq the number
     * @param calls the calls
     * @param failedCalls the failed calls
     * @param statuses the statuses
     */
    public TransactionResult {
        statuses = ImmutableMap.copyOf(statuses);
    }

    /**
     * Whether every item the plan considered is applied.
     *
     * @return true if all applied
     */
    public boolean allApplied() {
        return statuses.values().stream().allMatch(ItemStatus::isApplied);
    }
}
