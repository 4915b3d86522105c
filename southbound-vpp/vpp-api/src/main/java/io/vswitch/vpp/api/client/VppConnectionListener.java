package io.vswitch.vpp.api.client;

import java.time.Duration;

/**
 * Told by a {@link VppClient} of each connection it makes and loses. Called on the client's event loop: return
 * quickly and never block (start work asynchronously instead).
 */
public interface VppConnectionListener {
    /**
     * A connection is up and its handshake done. Subscriptions to VPP events ({@code want_*_events}) must be
     * renewed here, since VPP forgets them with the old connection.
     *
     * @param session the new session; its {@link VppSession#compatibility()} tells what this VPP supports
     */
    default void connected(final VppSession session) {
        // nothing by default
    }

    /**
     * A connection attempt failed: the socket is missing, the connection was refused, or the handshake failed or
     * timed out. The client tries again after the given delay, which doubles with every failure up to the
     * configured maximum.
     *
     * @param cause why the attempt failed (a {@link VppDisconnectedException} whose cause is the transport's)
     * @param nextAttemptIn when the next attempt starts
     */
    default void connectFailed(final Throwable cause, final Duration nextAttemptIn) {
        // nothing by default
    }

    /**
     * A connection is gone; the client is reconnecting unless it was closed.
     *
     * @param session the lost session
     * @param reason why it ended
     */
    default void disconnected(final VppSession session, final VppDisconnectedException reason) {
        // nothing by default
    }
}
