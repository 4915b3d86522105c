package io.vswitch.vpp.api.client;

/**
 * One connection to VPP, from handshake to disconnect. Calls on a closed session fail with
 * {@link VppDisconnectedException}; event handlers registered here end with it.
 */
public interface VppSession extends VppApi {
    /**
     * Which of our messages this VPP supports.
     *
     * @return the report made at handshake
     */
    CompatibilityReport compatibility();

    /**
     * The client index VPP assigned at handshake.
     *
     * @return the index put in every request
     */
    int clientIndex();

    /**
     * Whether the connection is still up.
     *
     * @return false once disconnected
     */
    boolean isOpen();
}
