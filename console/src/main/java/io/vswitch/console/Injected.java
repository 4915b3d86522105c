package io.vswitch.console;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Checks what Karaf injected into a command before it runs.
 */
final class Injected {
    private Injected() {
        // static helpers only
    }

    static <T> T require(final @Nullable T value, final String missing) {
        if (value == null) {
            throw new IllegalStateException(missing);
        }
        return value;
    }
}
