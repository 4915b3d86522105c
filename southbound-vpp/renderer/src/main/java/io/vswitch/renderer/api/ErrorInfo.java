package io.vswitch.renderer.api;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A failed descriptor call, as a person reads it.
 *
 * @param operation the call that failed
 * @param message the error's text
 * @param retval VPP's return value, when the error carries one
 * @param messageName the VPP message that failed, when the error carries it
 */
public record ErrorInfo(Operation operation, String message, @Nullable Integer retval,
        @Nullable String messageName) {
    /**
     * Checks the components.
     *
     * @param operation the call that failed
     * @param message the error's text
     * @param retval VPP's return value, or null
     * @param messageName the VPP message that failed, or null
     */
    public ErrorInfo {
        requireNonNull(operation, "operation");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        final var sb = new StringBuilder().append(operation.name().toLowerCase(Locale.ROOT))
            .append(" failed: ").append(message);
        if (retval != null && !message.contains(String.valueOf(retval))) {
            sb.append(" (retval ").append(retval);
            if (messageName != null) {
                sb.append(" from ").append(messageName);
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
