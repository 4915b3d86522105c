package io.vswitch.nodes;

import io.vswitch.vpp.api.client.VppSession;

/**
 * Told when a node's VPP session comes and goes. Called on the client's threads: must not block.
 */
public interface NodeSessionListener {
    /**
     * The node is connected to VPP through this session (after every reconnect too: VPP may have restarted empty).
     */
    void connected(String node, VppSession session);

    /**
     * The node's session is gone: VPP went away, or the node was disabled or deleted.
     *
     * @param reason why, in words
     */
    void disconnected(String node, String reason);
}
