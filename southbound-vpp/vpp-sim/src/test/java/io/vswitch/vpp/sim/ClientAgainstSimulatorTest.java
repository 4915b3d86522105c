package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.client.CompatibilityReport;
import io.vswitch.vpp.api.client.VppCallException;
import io.vswitch.vpp.api.client.VppClient;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.afpacket.AfPacketCreateV3;
import io.vswitch.vpp.api.message.afpacket.AfPacketDetails;
import io.vswitch.vpp.api.message.afpacket.AfPacketDump;
import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ShowVersion;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.IpAddressDetails;
import io.vswitch.vpp.api.message.interfaces.IpAddressDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddDelAddress;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceEvent;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlagsReply;
import io.vswitch.vpp.api.message.interfaces.WantInterfaceEvents;
import io.vswitch.vpp.api.message.memif.MemifCreateV2;
import io.vswitch.vpp.api.message.memif.MemifDetails;
import io.vswitch.vpp.api.message.memif.MemifDump;
import io.vswitch.vpp.api.message.tap.SwInterfaceTapV2Details;
import io.vswitch.vpp.api.message.tap.SwInterfaceTapV2Dump;
import io.vswitch.vpp.api.message.tap.TapCreateV3;
import io.vswitch.vpp.api.message.types.Ip4Prefix;
import io.vswitch.vpp.api.message.types.Ip6Prefix;
import io.vswitch.vpp.api.message.vxlan.VxlanAddDelTunnelV3;
import io.vswitch.vpp.api.message.vxlan.VxlanTunnelV2Details;
import io.vswitch.vpp.api.message.vxlan.VxlanTunnelV2Dump;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's client (vpp-api) against the simulator, one test per message family, plus a simulated VPP
 * restart in the middle of a pipelined burst.
 */
class ClientAgainstSimulatorTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tempDir;

    private VppSimulator sim;
    private VppClient vpp;

    @BeforeEach
    void start() {
        sim = new VppSimulator();
        sim.start(tempDir.resolve("api.sock"));
        vpp = VppClient.start(VppClientConfig.defaults().withSocketPath(tempDir.resolve("api.sock"))
            .withCallTimeout(Duration.ofSeconds(10))
            .withReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200)), SimulatorTestSupport.REGISTRY);
    }

    @AfterEach
    void stop() {
        vpp.close();
        sim.stop();
    }

    @SuppressWarnings("checkstyle:AvoidHidingCauseException")
    private static <T> T await(final CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + WAIT, e);
        }
    }

    private static VppCallException failure(final CompletableFuture<?> future) {
        try {
            await(future);
        } catch (CompletionException e) {
            return assertInstanceOf(VppCallException.class, e.getCause());
        }
        throw new AssertionError("the call succeeded");
    }

    @Test
    void theSimulatorOffersEveryImplementedArea() {
        final CompatibilityReport report = await(vpp.connected()).compatibility();
        for (String area : List.of("core", "interfaces", "memif", "afpacket", "tap", "vxlan")) {
            assertTrue(report.isAvailable(area), () -> area + ": " + report);
        }
    }

    @Test
    void core() {
        final VppSession session = await(vpp.connected());
        assertEquals(ProcessHandle.current().pid(), await(session.call(new ControlPing())).vpePid());
        assertEquals("26.06-release", await(session.call(new ShowVersion())).version());
        assertTrue(await(session.call(new CliInband("show interface"))).reply().contains("local0"));
    }

    @Test
    void interfacesAddressesAndEvents() {
        final VppSession session = await(vpp.connected());
        final BlockingQueue<SwInterfaceEvent> events = new LinkedBlockingQueue<>();
        session.onEvent(SwInterfaceEvent.class, events::add);
        await(session.call(new WantInterfaceEvents(1, 99)));
        final int loop0 = await(session.call(new CreateLoopback(new byte[6]))).swIfIndex();
        await(session.call(new SwInterfaceSetFlags(loop0, 1)));
        await(session.call(new SwInterfaceAddDelAddress(loop0, true, false,
            SimulatorTestSupport.prefix("192.0.2.1/24"))));
        final List<SwInterfaceDetails> interfaces = await(session.dump(new SwInterfaceDump(-1, false, "")));
        assertEquals(List.of("local0", "loop0"), interfaces.stream().map(SwInterfaceDetails::interfaceName).toList());
        assertEquals(3, interfaces.get(1).flags());
        final List<IpAddressDetails> addresses = await(session.dump(new IpAddressDump(loop0, false)));
        assertEquals("192.0.2.1/24", SimulatorTestSupport.text(addresses.get(0).prefix()));
        assertEquals(-2, failure(session.call(new SwInterfaceSetFlags(77, 1))).retval());
        assertEquals(new SwInterfaceEvent(99, loop0, 0, false), poll(events));
        assertEquals(new SwInterfaceEvent(99, loop0, 3, false), poll(events));
    }

    private static SwInterfaceEvent poll(final BlockingQueue<SwInterfaceEvent> events) {
        try {
            final SwInterfaceEvent event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (event == null) {
                throw new AssertionError("no event within " + WAIT);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void memif() {
        final VppSession session = await(vpp.connected());
        final int memif = await(session.call(new MemifCreateV2(0, 0, 0, 0, 3, 0, 0, 0, false, false, new byte[6],
            ""))).swIfIndex();
        final List<MemifDetails> memifs = await(session.dump(new MemifDump()));
        assertEquals(memif, memifs.get(0).swIfIndex());
        assertEquals("memif0/3", memifs.get(0).ifName());
        assertEquals(-68, failure(session.call(new MemifCreateV2(0, 0, 0, 0, 3, 0, 0, 0, false, false,
            new byte[6], ""))).retval());
    }

    @Test
    void afPacket() {
        final VppSession session = await(vpp.connected());
        final int host = await(session.call(new AfPacketCreateV3(1, new byte[6], true, "veth0", 0, 0, 0, 0, 0, 0,
            0))).swIfIndex();
        assertEquals(List.of(host), await(session.dump(new AfPacketDump())).stream()
            .map(AfPacketDetails::swIfIndex).toList());
        sim.host().setHostInterfaceMissing("veth9", true);
        assertEquals(-71, failure(session.call(new AfPacketCreateV3(1, new byte[6], true, "veth9", 0, 0, 0, 0, 0,
            0, 0))).retval());
    }

    @Test
    void tap() {
        final VppSession session = await(vpp.connected());
        final int tap = await(session.call(new TapCreateV3(-1, true, new byte[6], 1, 1, 0, 0, false, 0, false,
            new byte[6], false, new Ip4Prefix(new byte[4], 0), false, new Ip6Prefix(new byte[16], 0), false,
            new byte[4], false, new byte[16], 0, false, "", false, "", false, "", "tagged"))).swIfIndex();
        final List<SwInterfaceTapV2Details> taps = await(session.dump(new SwInterfaceTapV2Dump(-1)));
        assertEquals(tap, taps.get(0).swIfIndex());
        assertEquals("tap0", taps.get(0).devName());
    }

    @Test
    void vxlan() {
        final VppSession session = await(vpp.connected());
        final VxlanAddDelTunnelV3 create = new VxlanAddDelTunnelV3(true, -1, SimulatorTestSupport.address("10.0.0.1"),
            SimulatorTestSupport.address("10.0.0.2"), 0, 0, -1, 0, -1, 10, false);
        final int tunnel = await(session.call(create)).swIfIndex();
        assertEquals(List.of(tunnel), await(session.dump(new VxlanTunnelV2Dump(-1))).stream()
            .map(VxlanTunnelV2Details::swIfIndex).toList());
        assertEquals(-75, failure(session.call(create)).retval());
    }

    @Test
    void restartInTheMiddleOfAPipelinedBurst() {
        final VppSession before = await(vpp.connected());
        final int loop0 = await(before.call(new CreateLoopback(new byte[6]))).swIfIndex();
        final int burst = 20_000;
        final List<CompletableFuture<SwInterfaceSetFlagsReply>> calls = new ArrayList<>(burst);
        for (int i = 0; i < burst; i++) {
            calls.add(before.call(new SwInterfaceSetFlags(loop0, i & 1)));
            if (i == burst / 4) {
                // let part of the burst be answered before VPP goes down
                await(calls.get(i));
                sim.restart();
            }
        }
        int answered = 0;
        int disconnected = 0;
        for (CompletableFuture<SwInterfaceSetFlagsReply> call : calls) {
            try {
                assertEquals(0, await(call).retval());
                answered++;
            } catch (CompletionException e) {
                assertInstanceOf(VppDisconnectedException.class, e.getCause(), () -> "unexpected " + e.getCause());
                disconnected++;
            }
        }
        assertEquals(burst, answered + disconnected, "every call completed");
        assertTrue(answered > burst / 4, "answered " + answered);
        assertTrue(disconnected > 0, "some calls were cut by the restart");

        final VppSession after = awaitNewSession(before);
        assertEquals(List.of("local0"), await(after.dump(new SwInterfaceDump(-1, false, ""))).stream()
            .map(SwInterfaceDetails::interfaceName).toList(), "the restarted VPP is empty");
        assertEquals(0, await(after.call(new CreateLoopback(new byte[6]))).retval());
    }

    private VppSession awaitNewSession(final VppSession old) {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            final VppSession current = await(vpp.connected());
            if (current != old && current.isOpen()) {
                return current;
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        throw new AssertionError("no new session within " + WAIT);
    }
}
