package io.vswitch.vpp.sim.internal;

import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.sim.spi.ClientSession;

/**
 * The "client" of a request whose {@code client_index} names no registration: VPP still runs the handler, but
 * nothing it sends reaches anyone.
 *
 * @param clientIndex the client index the request carried
 */
record DetachedSession(int clientIndex) implements ClientSession {
    @Override
    public String name() {
        return "";
    }

    @Override
    public boolean isOpen() {
        return false;
    }

    @Override
    public void sendEvent(final VppEvent event) {
        // nobody to send to
    }
}
