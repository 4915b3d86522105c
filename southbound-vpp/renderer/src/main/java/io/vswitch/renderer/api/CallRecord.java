package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import io.vswitch.renderer.spi.ItemKey;
import java.time.Duration;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One descriptor call in the transaction log.
 *
 * @param operation what was asked
 * @param key the item (for a retrieve: the node's key)
 * @param descriptor the descriptor's name
 * @param error null if it succeeded
 * @param duration from issue to completion
 */
public record CallRecord(Operation operation, ItemKey key, String descriptor, @Nullable ErrorInfo error,
        Duration duration) {
    /**
     * Checks the components.
     *
     * @param operation what was asked
     * @param key the item
     * @param descriptor the descriptor
     * @param error the error, or null
     * @param duration the duration
     */
    public CallRecord {
        requireNonNull(operation, "operation");
        requireNonNull(key, "key");
        requireNonNull(descriptor, "descriptor");
        requireNonNull(duration, "duration");
    }

    /**
     * Whether the call succeeded.
     *
     * @return true if no error
     */
    public boolean ok() {
        return error == null;
    }

    @Override
    public String toString() {
        return operation + " " + key + " [" + descriptor + "] " + (error == null ? "ok" : error.toString()) + " in "
            + duration.toNanos() / 1000 + " us";
    }
}
