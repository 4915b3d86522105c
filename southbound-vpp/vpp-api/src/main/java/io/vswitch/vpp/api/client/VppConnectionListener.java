package io.vswitch.vpp.api.client;

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
     * A connection is gone; the client is reconnecting unless it was closed.
     *
     * @param session the lost session
     * @param reason why it ended
     */
    default void disconnected(final VppSession session, final VppDisconnectedException reason) {
        // nothing by default
    }
}
