package io.vswitch.nodes;

/**
 * Where connection states go: the operational datastore in the product, a list in tests.
 */
public interface ConnectionStateSink {
    /**
     * The node's connection is now in this state.
     */
    void publish(String node, ConnectionState state);

    /**
     * The node is no longer configured: forget everything published of it.
     */
    void remove(String node);
}
