package io.vswitch.console;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.Status;

/**
 * Entries counted by the state of their status container, in one line: {@code 12 routes: 10 applied, 1 pending,
 * 1 unknown}. States with no entry are left out, except applied; "unknown" counts entries without a status yet.
 */
final class StatusCounts {
    private StatusCounts() {
        // static helpers only
    }

    /**
     * The line.
     *
     * @param one the noun for one entry ("route")
     * @param many the noun for several ("routes")
     * @param statuses one status per entry, null where the entry has none yet
     * @return the line
     */
    static String of(final String one, final String many, final Collection<@Nullable Status> statuses) {
        final Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        int unknown = 0;
        for (Status status : statuses) {
            final ItemState state = status == null ? null : status.getState();
            if (state == null) {
                unknown++;
            } else {
                counts.merge(state, 1, Integer::sum);
            }
        }
        final StringBuilder sb = new StringBuilder().append(statuses.size()).append(' ')
            .append(statuses.size() == 1 ? one : many);
        String separator = ": ";
        for (ItemState state : ItemState.values()) {
            final int count = counts.getOrDefault(state, 0);
            if (count > 0 || state == ItemState.Applied) {
                sb.append(separator).append(count).append(' ').append(state.getName());
                separator = ", ";
            }
        }
        if (unknown > 0) {
            sb.append(separator).append(unknown).append(" unknown");
        }
        return sb.toString();
    }
}
