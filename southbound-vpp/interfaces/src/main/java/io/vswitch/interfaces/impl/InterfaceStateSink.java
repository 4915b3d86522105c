package io.vswitch.interfaces.impl;

import java.util.Map;
import java.util.Set;

/**
 * Where the interface states of a node go: one call per refresh, with only the changes.
 */
interface InterfaceStateSink {
    /**
     * Writes changed states and removes states, in one transaction.
     *
     * @param node the node
     * @param changed the new or changed states, by configured interface name
     * @param removed the names whose state is to be removed
     * @param onFailure called (on any thread) if the write failed: the caller then rewrites everything
     */
    void write(String node, Map<String, InterfaceOperState> changed, Set<String> removed, Runnable onFailure);
}
