package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ControlPingReply;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.CreateLoopbackReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends SimulatorTestSupport {
    @Test
    void failNextAnswersWithTheRetvalAndChangesNothing() {
        sim.faults().failNext("create_loopback", 2, -7);
        assertEquals(new CreateLoopbackReply(-7, 0), client.call(new CreateLoopback(new byte[6])));
        assertEquals(-7, client.call(new CreateLoopback(new byte[6])).retval());
        assertEquals(List.of("local0"), interfaceNames());
        assertEquals(0, client.call(new CreateLoopback(new byte[6])).retval());
        assertEquals(List.of("local0", "loop0"), interfaceNames());
    }

    @Test
    void failedDumpsSendNoDetails() {
        sim.faults().failNext("sw_interface_dump", 1, -1);
        assertEquals(List.of(), dump(new SwInterfaceDump(ALL, false, "")));
        assertEquals(1, dump(new SwInterfaceDump(ALL, false, "")).size());
    }

    @Test
    void droppedRepliesAreLostButTheRequestActs() {
        sim.faults().dropNextReply("create_loopback");
        final int context = client.sendRequest(new CreateLoopback(new byte[6]));
        final ControlPingReply ping = client.call(new ControlPing());
        assertEquals(0, ping.retval());
        assertTrue(client.poll(Duration.ZERO).isEmpty(), "the reply of context " + context + " never comes");
        assertEquals(List.of("local0", "loop0"), interfaceNames());
        assertEquals(0, client.call(new CreateLoopback(new byte[6])).retval(), "only the next one is dropped");
    }

    @Test
    void delayedRepliesKeepTheirOrder() {
        sim.faults().delayReplies(Duration.ofMillis(300));
        final long start = System.nanoTime();
        final int first = client.sendRequest(new ControlPing());
        final int second = client.sendRequest(new CreateLoopback(new byte[6]));
        assertEquals(first, client.next().payload().getInt(0));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
        assertEquals(second, client.next().payload().getInt(0));
        sim.faults().clear();
        assertEquals(0, client.call(new ControlPing()).retval());
    }

    @Test
    void killClosesEverythingAndRestartComesBack() throws IOException {
        loopback();
        sim.kill();
        assertFalse(sim.isRunning());
        assertTrue(client.awaitClosedByPeer(RawClient.TIMEOUT));
        assertFalse(Files.exists(socket()), "socket file removed");
        assertThrows(IllegalStateException.class, sim::interfaces);
        sim.restart();
        client.close();
        client = connect();
        assertEquals(List.of("local0"), interfaceNames());
        assertEquals(2, sim.generation(), "started, then restarted");
    }

    @Test
    void independentSimulatorsRunSideBySide() throws IOException {
        try (VppSimulator other = new VppSimulator()) {
            other.start(tempDir.resolve("other.sock"));
            try (RawClient otherClient = RawClient.connect(tempDir.resolve("other.sock"), REGISTRY)) {
                otherClient.call(new CreateLoopback(new byte[6]));
                assertEquals(2, other.interfaces().size());
                assertEquals(1, sim.interfaces().size());
            }
        }
    }
}
