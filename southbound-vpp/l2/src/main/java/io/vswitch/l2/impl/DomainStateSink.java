package io.vswitch.l2.impl;

import java.util.Map;
import java.util.Set;

/**
 * Where the bridge domain states of a node go: one call per refresh, with only the changes.
 */
interface DomainStateSink {
    /**
     * Writes changed states and removes states, in one transaction.
     *
     * @param node the node
     * @param changed the new or changed states, by domain name
     * @param removed the domain names whose state is to be removed
     * @param onFailure called (on any thread) if the write failed: the caller then rewrites everything
     */
    void write(String node, Map<String, DomainOperState> changed, Set<String> removed, Runnable onFailure);
}
