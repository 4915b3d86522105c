package io.vswitch.vpp.api.client;

import org.eclipse.jdt.annotation.Nullable;

/**
 * VPP answered with something this client cannot take as the answer: an undecodable message, or a message of
 * another type than the request expects.
 */
public final class VppProtocolException extends VppException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong
     * @param cause the decoding failure, if any
     */
    public VppProtocolException(final String message, final @Nullable Throwable cause) {
        super(message, cause);
    }
}
