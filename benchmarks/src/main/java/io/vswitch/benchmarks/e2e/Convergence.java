package io.vswitch.benchmarks.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.vswitch.benchmarks.e2e.ItemSet.VppCheck;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits until a whole item set reads {@code applied} and VPP holds it, and says when that was first seen.
 *
 * <p>The end is the moment the node's {@code status-summary} (four counts the controller writes in the same
 * transactions as the entries' statuses) first reported the set applied: at least as many entries applied as the
 * set has, none pending, retrying or failed. Reading 100,000 statuses is itself seconds of work for the controller
 * on these 2 cores, so the summary is what is polled. A full read of every status then confirms it (not counted:
 * such a read is measured on its own as {@code e2e.status_poll_*}); if it does not, the end is the first full read
 * that does. The dump of VPP is a cross-check, not part of the figure, unless it lags: then the end is the dump that
 * first showed the whole set.
 */
final class Convergence {
    private final BenchNode node;
    private final Duration cheapPause;
    private final Duration fullPause;
    private final Duration timeout;

    /**
     * A waiter.
     *
     * @param node the node the sets are on
     * @param cheapPause between reads of the node's status summary
     * @param fullPause between full reads of all statuses
     * @param timeout for each stage
     */
    Convergence(final BenchNode node, final Duration cheapPause, final Duration fullPause, final Duration timeout) {
        this.node = node;
        this.cheapPause = cheapPause;
        this.fullPause = fullPause;
        this.timeout = timeout;
    }

    /**
     * Waits for the set; returns the {@link System#nanoTime()} at which it was seen converged.
     */
    long await(final ItemSet set) throws IOException, InterruptedException, TimeoutException {
        final AtomicReference<String> last = new AtomicReference<>("nothing");
        Poller.until(set.label() + ": status summary reports all applied", timeout, cheapPause, () -> {
            final Optional<JsonNode> summary = node.statusSummary();
            last.set(summary.map(JsonNode::toString).orElse("no summary"));
            if (summary.isEmpty()) {
                return Optional.empty();
            }
            final JsonNode counts = summary.orElseThrow();
            if (counts.path("failed").asLong() > 0) {
                // terminal until the configuration changes: waiting longer cannot help
                throw new IOException(set.label() + ": entries failed (" + counts + "); statuses: "
                    + set.statuses().read());
            }
            return counts.path("applied").asLong() >= set.size() && counts.path("pending").asLong() == 0
                && counts.path("retrying").asLong() == 0 ? summary : Optional.empty();
        }, last::get);
        long end = System.nanoTime();
        final ListStatus statuses = set.statuses();
        final StatusCount count = statuses.read();
        if (count.allApplied(set.size())) {
            Report.diag(set.label() + ": the status summary reported all applied (" + last.get() + "); a full read "
                + "of every status confirmed it (" + Report.ms(count.readNanos()) + ")");
        } else {
            Report.diag(set.label() + ": the status summary reported all applied (" + last.get() + ") but a full "
                + "read says " + count + ": the figure waits for the full reads");
            final AtomicReference<StatusCount> lastCount = new AtomicReference<>(count);
            Poller.until(set.label() + ": all applied", timeout, fullPause, () -> {
                final StatusCount now = statuses.read();
                lastCount.set(now);
                if (now.failed() > 0) {
                    throw new IOException(set.label() + ": items failed: " + now);
                }
                return now.allApplied(set.size()) ? Optional.of(now) : Optional.empty();
            }, () -> String.valueOf(lastCount.get()));
            end = System.nanoTime();
        }
        VppCheck vpp = set.checkVpp();
        if (!vpp.complete()) {
            Report.diag(set.label() + ": all statuses applied but VPP not yet complete (" + vpp.detail()
                + "): the figure waits for VPP");
            final AtomicReference<VppCheck> lastVpp = new AtomicReference<>(vpp);
            vpp = Poller.until(set.label() + ": VPP holds the set", timeout, fullPause, () -> {
                final VppCheck check = set.checkVpp();
                lastVpp.set(check);
                return check.complete() ? Optional.of(check) : Optional.empty();
            }, () -> lastVpp.get().detail());
            end = System.nanoTime();
        }
        Report.diag(set.label() + ": VPP cross-check: " + vpp.detail());
        return end;
    }
}
