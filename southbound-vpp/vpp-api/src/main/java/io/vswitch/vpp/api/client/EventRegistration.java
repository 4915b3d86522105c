package io.vswitch.vpp.api.client;

/**
 * An event handler's registration: closing it stops deliveries.
 */
@FunctionalInterface
public interface EventRegistration extends AutoCloseable {
    @Override
    void close();
}
