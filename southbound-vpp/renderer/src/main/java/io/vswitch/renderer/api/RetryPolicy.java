package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How retriable failures are retried: exponential backoff up to a limit of attempts.
 *
 * @param initialBackoff the delay before the first retry
 * @param multiplier the factor between consecutive delays (at least 1)
 * @param maxBackoff the longest delay
 * @param maxAttempts the attempts (the first one included) after which the item is {@link ItemState#FAILED}
 */
public record RetryPolicy(Duration initialBackoff, double multiplier, Duration maxBackoff, int maxAttempts) {
    /** 100 ms, doubling, at most 10 s apart, 6 attempts in all. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMillis(100), 2, Duration.ofSeconds(10), 6);

    /**
     * Checks the components.
     *
     * @param initialBackoff the first delay
     * @param multiplier the factor
     * @param maxBackoff the longest delay
     * @param maxAttempts the attempts in all
     */
    public RetryPolicy {
        requireNonNull(initialBackoff, "initialBackoff");
        requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || multiplier < 1
                || maxAttempts < 1) {
            throw new IllegalArgumentException("bad retry policy " + initialBackoff + " x" + multiplier + " <= "
                + maxBackoff + ", " + maxAttempts + " attempts");
        }
    }

    /**
     * The delay after a number of failed attempts.
     *
     * @param failedAttempts at least 1
     * @return the delay before the next attempt
     */
    public Duration backoff(final int failedAttempts) {
        final double nanos = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return nanos >= maxBackoff.toNanos() ? maxBackoff : Duration.ofNanos((long) nanos);
    }

    /**
     * Whether another attempt is allowed.
     *
     * @param failedAttempts the attempts that failed so far
     * @return true if fewer than {@link #maxAttempts()}
     */
    public boolean allowsRetry(final int failedAttempts) {
        return failedAttempts < maxAttempts;
    }
}
