package io.vswitch.renderer.impl;

import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.spi.VppError;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed call's exception into what a person reads, with VPP's retval and message name when known.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private final Function<Throwable, Optional<VppError>> describer;

    Errors(final Function<Throwable, Optional<VppError>> describer) {
        this.describer = describer;
    }

    static Throwable unwrap(final Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    ErrorInfo describe(final Operation operation, final Throwable cause) {
        VppError vpp = null;
        if (cause instanceof VppError direct) {
            vpp = direct;
        } else {
            try {
                vpp = describer.apply(cause).orElse(null);
            } catch (RuntimeException e) {
                LOG.warn("error describer failed on {}", cause, e);
            }
        }
        final var text = cause.getMessage();
        final var message = text == null || text.isBlank() ? cause.getClass().getSimpleName() : text;
        return vpp == null ? new ErrorInfo(operation, message, null, null)
            : new ErrorInfo(operation, message, vpp.retval(), vpp.messageName());
    }
}
