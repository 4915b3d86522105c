package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ControlPingReply;
import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceEvent;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.WantInterfaceEvents;
import io.vswitch.vpp.api.message.memif.MemifCreateV2;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventsTest extends SimulatorTestSupport {
    private static final int PID = 4242;

    private SwInterfaceEvent nextEvent(final RawClient receiver) {
        final RawClient.Frame frame = receiver.next();
        return receiver.decode(frame, SwInterfaceEvent.class);
    }

    @Test
    void subscribersHearOfAdminAndLinkChanges() {
        final int loop0 = loopback();
        assertEquals(0, client.call(new WantInterfaceEvents(1, PID)).retval());
        client.call(new SwInterfaceSetFlags(loop0, 1));
        assertEquals(new SwInterfaceEvent(PID, loop0, 3, false), nextEvent(client));
        client.call(new SwInterfaceSetFlags(loop0, 0));
        assertEquals(new SwInterfaceEvent(PID, loop0, 0, false), nextEvent(client));
        final int loop1 = loopback();
        assertEquals(new SwInterfaceEvent(PID, loop1, 0, false), nextEvent(client), "creation");
        client.call(new DeleteLoopback(loop1));
        assertEquals(new SwInterfaceEvent(PID, loop1, 0, true), nextEvent(client));
    }

    @Test
    void eventsFollowTheReplyThatCausedThem() {
        final int loop0 = loopback();
        client.call(new WantInterfaceEvents(1, PID));
        final int context = client.sendRequest(new SwInterfaceSetFlags(loop0, 1));
        final RawClient.Frame reply = client.next();
        assertEquals(context, reply.payload().getInt(0));
        assertEquals(loop0, nextEvent(client).swIfIndex());
    }

    @Test
    void carrierChangesReportTheLink() {
        client.call(new WantInterfaceEvents(1, PID));
        final int memif = client.call(new MemifCreateV2(0, 0, 0, 0, 0, 0, 0, 0, false, false, new byte[6], ""))
            .swIfIndex();
        assertEquals(new SwInterfaceEvent(PID, memif, 0, false), nextEvent(client));
        client.call(new SwInterfaceSetFlags(memif, 1));
        assertEquals(new SwInterfaceEvent(PID, memif, 3, false), nextEvent(client));
        sim.setCarrier(memif, false);
        assertEquals(new SwInterfaceEvent(PID, memif, 0, false), nextEvent(client), "link down");
        sim.setCarrier(memif, true);
        assertEquals(new SwInterfaceEvent(PID, memif, 2, false), nextEvent(client), "link up only");
    }

    @Test
    void registrationIsOncePerClient() {
        assertEquals(-31, client.call(new WantInterfaceEvents(0, PID)).retval(), "not enabled");
        assertEquals(0, client.call(new WantInterfaceEvents(1, PID)).retval());
        assertEquals(-31, client.call(new WantInterfaceEvents(1, PID)).retval(), "already enabled");
        assertEquals(0, client.call(new WantInterfaceEvents(0, PID)).retval());
        final int loop0 = loopback();
        client.call(new SwInterfaceSetFlags(loop0, 1));
        assertNoEvent(client);
    }

    @Test
    void onlySubscribersHearEvents() throws IOException {
        try (RawClient other = connect()) {
            other.call(new WantInterfaceEvents(1, 7));
            final int loop0 = loopback();
            assertEquals(new SwInterfaceEvent(7, loop0, 0, false), nextEvent(other));
            assertNoEvent(client);
        }
    }

    private static void assertNoEvent(final RawClient receiver) {
        final ControlPingReply ping = receiver.call(new ControlPing());
        assertEquals(0, ping.retval());
        assertTrue(receiver.poll(Duration.ZERO).isEmpty(), "no event queued before the ping reply");
    }
}
