package io.vswitch.console;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One node's items counted per state, in one line: {@code vpp1 (connected): 12 items: 10 applied, 1 pending,
 * 1 failed}. States with no item are left out, except applied.
 */
final class StatusSummary {
    private StatusSummary() {
        // static helpers only
    }

    static String of(final String node, final boolean connected, final Collection<ItemStatus> statuses) {
        return node + (connected ? " (connected): " : " (not connected): ") + counts(statuses);
    }

    /**
     * The counts alone: {@code 12 items: 10 applied, 1 pending, 1 failed}.
     */
    static String counts(final Collection<ItemStatus> statuses) {
        final Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        statuses.forEach(status -> counts.merge(status.state(), 1, Integer::sum));
        final long removals = statuses.stream().filter(status -> !status.desired()).count();
        final StringBuilder sb = new StringBuilder().append(statuses.size())
            .append(statuses.size() == 1 ? " item" : " items");
        String separator = ": ";
        for (ItemState state : ItemState.values()) {
            final int count = counts.getOrDefault(state, 0);
            if (count > 0 || state == ItemState.APPLIED) {
                sb.append(separator).append(count).append(' ').append(state.name().toLowerCase(Locale.ROOT));
                separator = ", ";
            }
        }
        if (removals > 0) {
            sb.append("; ").append(removals).append(" no longer configured, still in VPP");
        }
        return sb.toString();
    }
}
