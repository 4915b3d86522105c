package io.vswitch.benchmarks.e2e;

import io.vswitch.benchmarks.e2e.ItemSet.VppCheck;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits until a whole item set reads {@code applied} and VPP holds it, and says when that was first seen.
 *
 * <p>Reading 10,000 statuses is itself work for the controller (a few hundred ms of RESTCONF serialisation), so
 * the full read is not repeated blindly: a cheap read of the last item's status comes first, then full reads
 * until every item is applied. The end is the moment the full read that saw everything applied had been
 * answered: the figure includes that read (reported separately as {@code e2e.status_poll_*}), which makes it an
 * upper bound. The dump of VPP is a cross-check, not part of the figure, unless it lags: then the end is the
 * dump that first showed the whole set.
 */
final class Convergence {
    private final Duration cheapPause;
    private final Duration fullPause;
    private final Duration timeout;

    /**
     * A waiter.
     *
     * @param cheapPause between reads of one status
     * @param fullPause between full reads of all statuses
     * @param timeout for each stage
     */
    Convergence(final Duration cheapPause, final Duration fullPause, final Duration timeout) {
        this.cheapPause = cheapPause;
        this.fullPause = fullPause;
        this.timeout = timeout;
    }

    /**
     * Waits for the set; returns the {@link System#nanoTime()} at which it was seen converged.
     */
    long await(final ItemSet set) throws IOException, InterruptedException, TimeoutException {
        final AtomicReference<String> last = new AtomicReference<>("nothing");
        Poller.until(set.label() + ": last item applied", timeout, cheapPause, () -> {
            final Optional<String> state = set.sentinelState();
            last.set(state.orElse("no status"));
            if (state.filter("failed"::equals).isPresent()) {
                // terminal until the configuration changes: waiting longer cannot help
                throw new IOException(set.label() + ": the last item failed; statuses: " + set.statuses().read());
            }
            return state.filter("applied"::equals);
        }, last::get);
        final ListStatus statuses = set.statuses();
        final AtomicReference<StatusCount> lastCount = new AtomicReference<>();
        Poller.until(set.label() + ": all applied", timeout, fullPause, () -> {
            final StatusCount count = statuses.read();
            lastCount.set(count);
            if (count.failed() > 0) {
                throw new IOException(set.label() + ": items failed: " + count);
            }
            return count.allApplied(set.size()) ? Optional.of(count) : Optional.empty();
        }, () -> String.valueOf(lastCount.get()));
        long end = System.nanoTime();
        Report.diag(set.label() + ": all applied (the full read that saw it took "
            + Report.ms(lastCount.get().readNanos()) + ")");
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
