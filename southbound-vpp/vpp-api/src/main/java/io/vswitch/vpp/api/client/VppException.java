package io.vswitch.vpp.api.client;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Why a call to VPP failed. The futures of {@link VppApi} complete exceptionally with one of the subclasses.
 */
public abstract class VppException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the description
     * @param cause the underlying failure, if any
     */
    protected VppException(final String message, final @Nullable Throwable cause) {
        super(message, cause);
    }
}
