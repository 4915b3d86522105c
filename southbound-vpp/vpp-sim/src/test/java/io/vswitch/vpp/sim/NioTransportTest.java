package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.transport.UnixDomainTransport;
import org.junit.jupiter.api.Test;

/**
 * The JDK fallback transport serves like the native one.
 */
class NioTransportTest extends SimulatorTestSupport {
    @Override
    SimulatorOptions options() {
        return SimulatorOptions.defaults().withTransport(UnixDomainTransport.NIO);
    }

    @Test
    void handshakeAndCallsWorkOverNio() {
        assertEquals(15, client.ids().get("sockclnt_create_455fb9c4"));
        assertEquals(0, client.call(new ControlPing()).retval());
        loopback();
        assertEquals(2, interfaceNames().size());
    }
}
