package io.vswitch.operations;

import java.time.Duration;
import java.util.Collection;

/**
 * Pieces of the RPCs' error messages.
 */
final class Messages {
    private Messages() {
        // static helpers only
    }

    /**
     * The message for a node name the controller does not know, listing the ones it does.
     */
    static String unknownNode(final String node, final Collection<String> known) {
        return "node " + node + " is not configured (configured nodes: "
            + (known.isEmpty() ? "none" : String.join(", ", known)) + ")";
    }

    /**
     * A time limit as a person reads it: {@code 10 s}, {@code 250 ms}.
     */
    static String limit(final Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
