package io.vswitch.vpp.api.client;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The connection to VPP is gone (or was never there): the request was not answered and will not be.
 * Whether VPP executed a request that was already sent is unknown.
 */
public final class VppDisconnectedException extends VppException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened
     * @param cause the transport failure, if any
     */
    public VppDisconnectedException(final String message, final @Nullable Throwable cause) {
        super(message, cause);
    }
}
