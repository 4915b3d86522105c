package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;

/**
 * What the dispatcher does with a message of one id: decode the rest of the header and the body, check the
 * client, run the handler, queue the answer.
 */
interface Route {
    /**
     * The message name, for logs and faults.
     *
     * @return the VPP message name
     */
    String name();

    /**
     * Handles one message whose id has been read.
     *
     * @param session the sending client
     * @param in the rest of the payload
     * @throws IndexOutOfBoundsException when the message is truncated (before anything was changed)
     */
    void handle(Session session, ByteBuf in);
}
