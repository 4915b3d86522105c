package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.renderer.impl.DefaultNodeScheduler;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.VppError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Builds a {@link NodeScheduler}. Every setting has a default but the node's name.
 */
@SuppressFBWarnings(value = {"NP_STORE_INTO_NONNULL_FIELD", "NP_NONNULL_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR"},
    justification = "TYPE_USE @Nullable fields, which SpotBugs does not read")
public final class NodeSchedulerBuilder {
    private final String nodeName;
    private final List<Descriptor<?>> descriptors = new ArrayList<>();
    private StatusListener listener = StatusListener.NONE;
    private @Nullable Executor executor;
    private @Nullable Timekeeper timekeeper;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private int maxInFlight = 10_000;
    private Duration callTimeout = Duration.ofSeconds(30);
    private int historySize = 1000;
    private int maxRecordedEntries = 1000;
    private Function<Throwable, Optional<VppError>> errorDescriber = error -> Optional.empty();

    NodeSchedulerBuilder(final String nodeName) {
        this.nodeName = requireNonNull(nodeName);
        if (nodeName.isEmpty() || nodeName.indexOf('/') >= 0) {
            throw new IllegalArgumentException("bad node name '" + nodeName + "'");
        }
    }

    /**
     * Adds descriptors.
     *
     * @param toAdd the descriptors
     * @return this builder
     */
    public NodeSchedulerBuilder descriptors(final Collection<? extends Descriptor<?>> toAdd) {
        descriptors.addAll(toAdd);
        return this;
    }

    /**
     * Adds descriptors.
     *
     * @param toAdd the descriptors
     * @return this builder
     */
    public NodeSchedulerBuilder descriptors(final Descriptor<?>... toAdd) {
        return descriptors(List.of(toAdd));
    }

    /**
     * Sets the status listener (none by default).
     *
     * @param statusListener the listener
     * @return this builder
     */
    public NodeSchedulerBuilder statusListener(final StatusListener statusListener) {
        listener = requireNonNull(statusListener);
        return this;
    }

    /**
     * Sets the executor the scheduler's work runs on, serialised (by default a thread of its own).
     *
     * @param workExecutor the executor
     * @return this builder
     */
    public NodeSchedulerBuilder executor(final Executor workExecutor) {
        executor = requireNonNull(workExecutor);
        return this;
    }

    /**
     * Sets the clock and timer (by default the system's, with a thread of its own).
     *
     * @param clock the timekeeper
     * @return this builder
     */
    public NodeSchedulerBuilder timekeeper(final Timekeeper clock) {
        timekeeper = requireNonNull(clock);
        return this;
    }

    /**
     * Sets how retriable failures are retried ({@link RetryPolicy#DEFAULT} by default).
     *
     * @param policy the policy
     * @return this builder
     */
    public NodeSchedulerBuilder retryPolicy(final RetryPolicy policy) {
        retryPolicy = requireNonNull(policy);
        return this;
    }

    /**
     * Sets the most descriptor calls in flight at once (10,000 by default).
     *
     * @param max at least 1
     * @return this builder
     */
    public NodeSchedulerBuilder maxInFlight(final int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxInFlight " + max);
        }
        maxInFlight = max;
        return this;
    }

    /**
     * Sets how long a descriptor call may take before it counts as failed, retriably (30 s by default). A safety
     * net: the dataplane client has its own, shorter timeouts.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public NodeSchedulerBuilder callTimeout(final Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("callTimeout " + timeout);
        }
        callTimeout = timeout;
        return this;
    }

    /**
     * Sets how many transaction log entries are kept (1,000 by default), and how many changes, planned calls and
     * calls each entry lists (1,000 by default; the counts stay exact).
     *
     * @param entries entries kept, at least 1
     * @param linesPerEntry lines of each list kept per entry, at least 0
     * @return this builder
     */
    public NodeSchedulerBuilder history(final int entries, final int linesPerEntry) {
        if (entries < 1 || linesPerEntry < 0) {
            throw new IllegalArgumentException("history " + entries + "/" + linesPerEntry);
        }
        historySize = entries;
        maxRecordedEntries = linesPerEntry;
        return this;
    }

    /**
     * Sets how to read VPP's retval and message name out of exceptions that do not implement {@link VppError}
     * (e.g. the VPP client's own exception type, which the renderer does not know).
     *
     * @param describer returns the error's VPP details, or empty
     * @return this builder
     */
    public NodeSchedulerBuilder errorDescriber(final Function<Throwable, Optional<VppError>> describer) {
        errorDescriber = requireNonNull(describer);
        return this;
    }

    /**
     * Builds and starts the scheduler, disconnected.
     *
     * @return the scheduler
     */
    public NodeScheduler build() {
        return new DefaultNodeScheduler(new SchedulerSettings(nodeName, List.copyOf(descriptors), listener,
            executor, timekeeper, retryPolicy, maxInFlight, callTimeout, historySize, maxRecordedEntries,
            errorDescriber));
    }
}
