package io.vswitch.renderer.engine;

import io.vswitch.renderer.spi.VppError;

/**
 * What the fake dataplane fails with: a VPP-like error with retval and message name.
 */
final class FakeVppException extends RuntimeException implements VppError {
    private static final long serialVersionUID = 1L;

    private final int retval;
    private final String messageName;
    private final boolean retriable;

    FakeVppException(final int retval, final String messageName, final String text, final boolean retriable) {
        super(messageName + ": " + text + " (" + retval + ")");
        this.retval = retval;
        this.messageName = messageName;
        this.retriable = retriable;
    }

    static FakeVppException permanent(final int retval, final String text) {
        return new FakeVppException(retval, "fake_call", text, false);
    }

    static FakeVppException transientError(final String text) {
        return new FakeVppException(-152, "fake_call", text, true);
    }

    @Override
    public int retval() {
        return retval;
    }

    @Override
    public String messageName() {
        return messageName;
    }

    boolean retriable() {
        return retriable;
    }
}
