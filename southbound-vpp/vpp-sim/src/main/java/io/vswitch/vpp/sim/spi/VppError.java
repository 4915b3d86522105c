package io.vswitch.vpp.sim.spi;

import io.vswitch.vpp.api.codec.VppErrno;

/**
 * Thrown by a handler to answer with a reply that carries only a VPP error retval (every other reply field
 * zero), like VPP's {@code REPLY_MACRO} after a failed check.
 */
public final class VppError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int retval;

    /**
     * The error.
     *
     * @param retval the negative retval from {@code vnet/error.h}
     * @param detail what went wrong, for the log
     */
    public VppError(final int retval, final String detail) {
        super(detail, null, false, false);
        this.retval = retval;
    }

    /**
     * The error for one of VPP's named return values.
     *
     * @param errno the error
     * @param detail what went wrong, for the log
     * @return the exception to throw
     */
    public static VppError of(final VppErrno errno, final String detail) {
        return new VppError(errno.value(), detail);
    }

    /**
     * The retval to reply with.
     *
     * @return the negative VPP error code
     */
    public int retval() {
        return retval;
    }
}
