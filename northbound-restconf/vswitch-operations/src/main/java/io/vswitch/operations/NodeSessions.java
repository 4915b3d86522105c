package io.vswitch.operations;

import io.vswitch.vpp.api.client.VppSession;
import java.util.Optional;

/**
 * Where the RPCs find a node's current VPP session ({@code NodeManager::session} in the controller).
 */
@FunctionalInterface
public interface NodeSessions {
    /**
     * The node's VPP session, when connected.
     *
     * @param node the node's name
     * @return the open session, or empty when the node is unknown or not connected
     */
    Optional<VppSession> session(String node);
}
