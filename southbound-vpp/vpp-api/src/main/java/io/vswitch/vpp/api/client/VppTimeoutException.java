package io.vswitch.vpp.api.client;

import java.time.Duration;

/**
 * No reply came within the call timeout. VPP drops malformed or misaddressed messages without a word, so this is
 * also how such a message shows.
 */
public final class VppTimeoutException extends VppException {
    private static final long serialVersionUID = 1L;

    private final String messageName;
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param messageName the VPP name of the request
     * @param timeout the timeout that passed
     */
    public VppTimeoutException(final String messageName, final Duration timeout) {
        super(messageName + ": no reply within " + timeout.toMillis() + " ms", null);
        this.messageName = messageName;
        this.timeout = timeout;
    }

    /**
     * The request's VPP name.
     *
     * @return the name
     */
    public String messageName() {
        return messageName;
    }

    /**
     * The timeout that passed.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }
}
