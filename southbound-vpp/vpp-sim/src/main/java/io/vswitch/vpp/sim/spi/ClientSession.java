package io.vswitch.vpp.sim.spi;

import io.vswitch.vpp.api.definition.VppEvent;

/**
 * One connected API client, as handlers see it.
 */
public interface ClientSession {
    /**
     * The client's handle: what it must put in {@code client_index} (VPP's socket registration handle, with the
     * top bit set).
     *
     * @return the client index
     */
    int clientIndex();

    /**
     * The name the client gave in {@code sockclnt_create}, empty before the handshake.
     *
     * @return the client name
     */
    String name();

    /**
     * Whether the connection is still open.
     *
     * @return true while connected
     */
    boolean isOpen();

    /**
     * Queues an event for this client; it goes out with the current batch of replies, after them.
     *
     * @param event the event body
     */
    void sendEvent(VppEvent event);
}
