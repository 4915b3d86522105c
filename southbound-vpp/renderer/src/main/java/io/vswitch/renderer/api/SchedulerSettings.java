package io.vswitch.renderer.api;

import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.VppError;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A scheduler's settings, as collected by {@link NodeSchedulerBuilder}.
 *
 * @param nodeName the node's name
 * @param descriptors the initial descriptors
 * @param listener the status listener
 * @param executor the executor for the scheduler's work, or null for a thread of its own
 * @param timekeeper the clock and timer, or null for the system's
 * @param retryPolicy the retry policy
 * @param maxInFlight the most calls in flight
 * @param callTimeout the longest a call may take
 * @param historySize log entries kept
 * @param maxRecordedEntries lines per list kept per log entry
 * @param errorDescriber VPP details out of foreign exceptions
 */
public record SchedulerSettings(String nodeName, List<Descriptor<?>> descriptors, StatusListener listener,
        @Nullable Executor executor, @Nullable Timekeeper timekeeper, RetryPolicy retryPolicy, int maxInFlight,
        Duration callTimeout, int historySize, int maxRecordedEntries,
        Function<Throwable, Optional<VppError>> errorDescriber) {
    /**
     * Copies the list.
     *
     * @param nodeName the node's name
     * @param descriptors the initial descriptors
     * @param listener the status listener
     * @param executor the executor, or null
     * @param timekeeper the timekeeper, or null
     * @param retryPolicy the retry policy
     * @param maxInFlight the most calls in flight
     * @param callTimeout the longest a call may take
     * @param historySize log entries kept
     * @param maxRecordedEntries lines per list kept per log entry
     * @param errorDescriber VPP details out of foreign exceptions
     */
    public SchedulerSettings {
        descriptors = List.copyOf(descriptors);
    }
}
