package io.vswitch.console;

import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.ResyncResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What {@code vswitch:resync} prints: how the resync ended (success, partial or failed, as in the {@code resync}
 * RPC and {@code /nodes/node/resync}), its calls and the items' states right after it.
 */
final class ResyncReport {
    private ResyncReport() {
        // static helpers only
    }

    static List<String> lines(final String node, final ResyncResult result, final Collection<ItemStatus> statuses) {
        final long notApplied = statuses.stream().filter(status -> status.state() != ItemState.APPLIED).count();
        final String outcome;
        if (!result.complete()) {
            outcome = "failed";
        } else if (result.failedCalls() > 0 || notApplied > 0) {
            outcome = "partial";
        } else {
            outcome = "success";
        }
        final List<String> lines = new ArrayList<>();
        lines.add("Resync of " + node + ": " + outcome + " in " + result.duration().toMillis() + " ms (log entry #"
            + result.seq() + ")");
        lines.add("  found in VPP: " + result.retrieved() + (result.retrieved() == 1 ? " item" : " items"));
        lines.add("  calls:        " + result.calls() + " (" + result.creates() + " create, " + result.updates()
            + " update, " + result.deletes() + " delete), " + result.failedCalls() + " failed");
        lines.add("  items:        " + StatusSummary.counts(statuses));
        for (String error : result.errors()) {
            lines.add("  error:        " + error);
        }
        if (notApplied > 0) {
            lines.add("See vswitch:status " + node + " for the items not applied.");
        }
        return lines;
    }
}
