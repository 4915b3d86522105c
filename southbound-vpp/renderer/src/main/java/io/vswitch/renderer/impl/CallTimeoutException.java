package io.vswitch.renderer.impl;

import java.util.concurrent.TimeoutException;

/**
 * A descriptor call got no answer in time; always retriable.
 */
final class CallTimeoutException extends TimeoutException {
    private static final long serialVersionUID = 1L;

    CallTimeoutException(final String message) {
        super(message);
    }
}
