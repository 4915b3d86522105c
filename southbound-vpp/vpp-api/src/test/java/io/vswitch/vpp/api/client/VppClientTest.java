package io.vswitch.vpp.api.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.vswitch.vpp.api.client.CompatibilityReport.ProblemKind;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.codec.VppMessages;
import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.core.CliInbandReply;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ControlPingReply;
import io.vswitch.vpp.api.message.core.ShowVersion;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceEvent;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceTagAddDel;
import io.vswitch.vpp.api.message.interfaces.WantInterfaceEvents;
import io.vswitch.vpp.api.message.interfaces.WantInterfaceEventsReply;
import io.vswitch.vpp.api.transport.UnixDomainTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client against a scripted peer on a real Unix socket.
 */
class VppClientTest {
    private static final long WAIT_SECONDS = 10;
    private static MessageRegistry registry;

    @TempDir
    Path dir;

    private final List<AutoCloseable> resources = new ArrayList<>();

    @BeforeAll
    static void buildRegistry() {
        registry = VppMessages.registry();
    }

    @AfterEach
    void closeResources() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private Path socket() {
        return dir.resolve("api.sock");
    }

    private ScriptedVppPeer peer(final UnixDomainTransport transport) {
        final ScriptedVppPeer peer = new ScriptedVppPeer(socket(), registry, transport);
        resources.add(peer);
        return peer;
    }

    private ScriptedVppPeer peer() {
        return peer(UnixDomainTransport.preferred());
    }

    private VppClientConfig config() {
        return VppClientConfig.defaults().withSocketPath(socket()).withClientName("test-client")
            .withReconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(200));
    }

    private VppClient client(final VppClientConfig config) {
        final VppClient client = VppClient.start(config, registry);
        resources.add(client);
        return client;
    }

    private static <T> T await(final CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static Throwable failure(final CompletableFuture<?> future) throws InterruptedException {
        final ExecutionException failure = assertThrows(ExecutionException.class,
            () -> future.get(WAIT_SECONDS, TimeUnit.SECONDS));
        return failure.getCause();
    }

    /** Answers control_ping with a reply carrying the context as vpe_pid, so tests can see the matching. */
    private static void answerPings(final ScriptedVppPeer.Request request, final ScriptedVppPeer.Link link) {
        if (request.body() instanceof ControlPing) {
            link.reply(request.context(), new ControlPingReply(0, request.clientIndex(), request.context()));
        }
    }

    @ParameterizedTest
    @EnumSource(UnixDomainTransport.class)
    void handshakesAndCalls(final UnixDomainTransport transport) throws Exception {
        assumeTrue(transport == UnixDomainTransport.NIO || Epoll.isAvailable());
        final ScriptedVppPeer peer = peer(transport).script(VppClientTest::answerPings).start();
        final VppClient client = client(config().withTransport(transport));
        final VppSession session = await(client.connected());

        assertEquals(ScriptedVppPeer.CLIENT_INDEX, session.clientIndex());
        assertTrue(session.compatibility().isFullyCompatible(), session.compatibility().toString());
        assertEquals(List.of("test-client"), peer.clientNames());
        final ControlPingReply reply = await(client.call(new ControlPing()));
        final ScriptedVppPeer.Request request = peer.received().poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(ScriptedVppPeer.CLIENT_INDEX, request.clientIndex());
        assertNotEquals(0, request.context());
        assertEquals(request.context(), reply.vpePid());
        assertSame(session, client.session().orElseThrow());
    }

    @Test
    void matchesRepliesReturnedOutOfOrder() throws Exception {
        final int count = 50;
        final List<ScriptedVppPeer.Request> held = new ArrayList<>();
        final ScriptedVppPeer peer = peer().script((request, link) -> {
            held.add(request);
            if (held.size() == count) {
                for (int i = held.size() - 1; i >= 0; i--) {
                    final ScriptedVppPeer.Request next = held.get(i);
                    link.reply(next.context(), new CliInbandReply(0, "out:" + next.body(CliInband.class).cmd()));
                }
            }
        }).start();
        final VppClient client = client(config());
        await(client.connected());
        final List<CompletableFuture<CliInbandReply>> replies = new ArrayList<>();
        // commands of growing length: small and large frames (up to 10 kB) in one batch
        for (int i = 0; i < count; i++) {
            replies.add(client.call(new CliInband("cmd" + i + "x".repeat(i * i * 4))));
        }
        for (int i = 0; i < count; i++) {
            assertEquals("out:cmd" + i + "x".repeat(i * i * 4), await(replies.get(i)).reply());
        }
        assertEquals(count, peer.received().stream().mapToInt(ScriptedVppPeer.Request::context).distinct().count());
    }

    @Test
    void collectsDumpDetailsUntilPingReply() throws Exception {
        final ScriptedVppPeer peer = peer().script((request, link) -> {
            if (request.body() instanceof SwInterfaceDump) {
                for (int index = 0; index < 3; index++) {
                    link.reply(request.context(), details(index));
                }
            } else {
                answerPings(request, link);
            }
        }).start();
        final VppClient client = client(config());
        await(client.connected());

        final List<SwInterfaceDetails> details = await(client.dump(new SwInterfaceDump(-1, false, "")));
        assertEquals(List.of(0, 1, 2), details.stream().map(SwInterfaceDetails::swIfIndex).toList());
        final ScriptedVppPeer.Request dump = peer.received().poll(WAIT_SECONDS, TimeUnit.SECONDS);
        final ScriptedVppPeer.Request ping = peer.received().poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertInstanceOf(SwInterfaceDump.class, dump.body());
        assertInstanceOf(ControlPing.class, ping.body());
        assertEquals(dump.context(), ping.context(), "a dump and its ping share one context");

        // an empty dump: only the ping's reply comes
        peer.script(VppClientTest::answerPings);
        assertEquals(List.of(), await(client.dump(new SwInterfaceDump(-1, false, ""))));
    }

    private static SwInterfaceDetails details(final int index) {
        return new SwInterfaceDetails(index, index, new byte[6], 0, 0, 0, 0, 1500, new int[4], 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, new byte[6], new byte[6], 0, 0, "if" + index, "loopback", "");
    }

    @Test
    void deliversEvents() throws Exception {
        peer().script((request, link) -> {
            if (request.body() instanceof WantInterfaceEvents) {
                link.reply(request.context(), new WantInterfaceEventsReply(0));
                link.event(new SwInterfaceEvent(42, 1, 3, false));
                link.event(new SwInterfaceEvent(42, 2, 0, true));
            }
        }).start();
        final VppClient client = client(config());
        final VppSession session = await(client.connected());
        final BlockingQueue<SwInterfaceEvent> clientEvents = new LinkedBlockingQueue<>();
        final BlockingQueue<SwInterfaceEvent> sessionEvents = new LinkedBlockingQueue<>();
        client.onEvent(SwInterfaceEvent.class, clientEvents::add);
        final EventRegistration registration = session.onEvent(SwInterfaceEvent.class, sessionEvents::add);

        await(client.call(new WantInterfaceEvents(1, 42)));
        assertEquals(new SwInterfaceEvent(42, 1, 3, false), clientEvents.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(new SwInterfaceEvent(42, 2, 0, true), clientEvents.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(new SwInterfaceEvent(42, 1, 3, false), sessionEvents.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(new SwInterfaceEvent(42, 2, 0, true), sessionEvents.poll(WAIT_SECONDS, TimeUnit.SECONDS));

        registration.close();
        await(client.call(new WantInterfaceEvents(1, 42)));
        assertEquals(new SwInterfaceEvent(42, 1, 3, false), clientEvents.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(new SwInterfaceEvent(42, 2, 0, true), clientEvents.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        // the session's handler was removed: the events above reached only the client's
        assertNull(sessionEvents.poll());
    }

    @Test
    void timesOutWhenVppDoesNotAnswer() throws Exception {
        peer().script((request, link) -> {
            if (!(request.body() instanceof ShowVersion)) {
                answerPings(request, link);
            }
        }).start();
        final VppClient client = client(config().withCallTimeout(Duration.ofMillis(300)));
        await(client.connected());

        final VppTimeoutException timeout = assertInstanceOf(VppTimeoutException.class,
            failure(client.call(new ShowVersion())));
        assertEquals("show_version", timeout.messageName());
        assertEquals(Duration.ofMillis(300), timeout.timeout());
        final VppTimeoutException custom = assertInstanceOf(VppTimeoutException.class,
            failure(client.call(new ShowVersion(), Duration.ofMillis(50))));
        assertEquals(Duration.ofMillis(50), custom.timeout());
        // the session stays usable
        await(client.call(new ControlPing()));
    }

    @Test
    void failsWithRetvalAndItsName() throws Exception {
        peer().script((request, link) -> link.reply(request.context(), new CliInbandReply(-2, ""))).start();
        final VppClient client = client(config());
        await(client.connected());

        final VppCallException error = assertInstanceOf(VppCallException.class,
            failure(client.call(new CliInband("show nothing"))));
        assertEquals(-2, error.retval());
        assertEquals("INVALID_SW_IF_INDEX", error.errnoName());
        assertEquals("cli_inband", error.messageName());
        assertTrue(error.getMessage().contains("Invalid sw_if_index"), error.getMessage());
    }

    @Test
    void failsOnAnAnswerOfTheWrongType() throws Exception {
        peer().script((request, link) -> link.reply(request.context(), request.body() instanceof CliInband
            ? new ControlPingReply(0, 0, 0) : new CliInbandReply(0, "not details"))).start();
        final VppClient client = client(config());
        await(client.connected());
        final VppProtocolException error = assertInstanceOf(VppProtocolException.class,
            failure(client.call(new CliInband("x"))));
        assertTrue(error.getMessage().contains("cli_inband") && error.getMessage().contains("control_ping_reply"),
            error.getMessage());
        assertInstanceOf(VppProtocolException.class, failure(client.dump(new SwInterfaceDump(-1, false, ""))));
    }

    @Test
    void refusesIncompatibleMessages() throws Exception {
        final ScriptedVppPeer peer = peer().without("cli_inband").withCrc("show_version", "deadbeef")
            .script(VppClientTest::answerPings).start();
        final VppClient client = client(config());
        final VppSession session = await(client.connected());

        final CompatibilityReport report = session.compatibility();
        assertEquals(List.of("cli_inband", "show_version"), ScriptedVppPeer.names(report));
        assertEquals(ProblemKind.MISSING, report.problems().get(0).kind());
        assertEquals(ProblemKind.CRC_MISMATCH, report.problems().get(1).kind());
        assertEquals("deadbeef", report.problems().get(1).actualCrc());
        assertEquals("core", report.problems().get(0).area());
        assertFalse(report.isAvailable("core"));
        assertTrue(report.isAvailable("l3"));

        final CompletableFuture<CliInbandReply> refused = client.call(new CliInband("x"));
        assertTrue(refused.isCompletedExceptionally(), "fails at once");
        final VppIncompatibleMessageException error = assertInstanceOf(VppIncompatibleMessageException.class,
            failure(refused));
        assertEquals("cli_inband", error.problem().name());
        assertTrue(error.getMessage().contains("cli_inband") && error.getMessage().contains("core"));
        assertInstanceOf(VppIncompatibleMessageException.class, failure(client.call(new ShowVersion())));
        // nothing incompatible went out; compatible messages still do
        await(client.call(new ControlPing()));
        assertInstanceOf(ControlPing.class, peer.received().poll(WAIT_SECONDS, TimeUnit.SECONDS).body());
        assertNull(peer.received().poll());
    }

    @Test
    void refusesUnencodableAndUnregisteredMessagesAtOnce() throws Exception {
        peer().script(VppClientTest::answerPings).start();
        final VppClient client = client(config());
        final VppSession session = await(client.connected());
        final CompletableFuture<?> tooLong = session.call(new SwInterfaceTagAddDel(true, 1, "x".repeat(64)));
        assertInstanceOf(IllegalArgumentException.class, failure(tooLong));
        assertTrue(tooLong.isCompletedExceptionally(), "refused at once");
        final CompletableFuture<?> malformed = session.call(new SwInterfaceTagAddDel(true, 1, null));
        assertTrue(malformed.isCompletedExceptionally(), "refused at once, not thrown");
        assertThrows(IllegalArgumentException.class, () -> session.call(new UnregisteredRequest()));
    }

    @Test
    void keepsAtMostTheWindowInFlight() throws Exception {
        final int window = 5;
        final AtomicInteger maxOutstanding = new AtomicInteger();
        final List<ScriptedVppPeer.Request> held = new ArrayList<>();
        final Executor later = CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS);
        // a slow VPP: it answers what it holds 20 ms after the first arrived, long enough for a client ignoring
        // the window to send everything
        peer().script((request, link) -> {
            synchronized (held) {
                held.add(request);
                maxOutstanding.accumulateAndGet(held.size(), Math::max);
                if (held.size() == 1) {
                    later.execute(() -> {
                        synchronized (held) {
                            held.forEach(next -> link.reply(next.context(), new ControlPingReply(0, 0, 0)));
                            held.clear();
                        }
                        link.flush();
                    });
                }
            }
        }).start();
        final VppClient client = client(config().withMaxInFlight(window));
        await(client.connected());
        final List<CompletableFuture<ControlPingReply>> replies = new ArrayList<>();
        for (int i = 0; i < 10 * window; i++) {
            replies.add(client.call(new ControlPing()));
        }
        for (CompletableFuture<ControlPingReply> reply : replies) {
            await(reply);
        }
        assertEquals(window, maxOutstanding.get());
    }

    @Test
    void disconnectFailsEveryCallInFlightAndQueued() throws Exception {
        final ScriptedVppPeer peer = peer().start();
        final VppClient client = client(config().withMaxInFlight(10));
        final VppSession session = await(client.connected());
        final List<CompletableFuture<ControlPingReply>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(session.call(new ControlPing()));
        }
        final CompletableFuture<List<SwInterfaceDetails>> dump = session.dump(new SwInterfaceDump(-1, false, ""));
        // wait until VPP has the window, so that calls are both in flight and queued
        for (int i = 0; i < 10; i++) {
            peer.received().poll(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        peer.dropConnections();
        for (CompletableFuture<ControlPingReply> call : calls) {
            assertInstanceOf(VppDisconnectedException.class, failure(call));
        }
        assertInstanceOf(VppDisconnectedException.class, failure(dump));
        assertFalse(session.isOpen());
        assertInstanceOf(VppDisconnectedException.class, failure(session.call(new ControlPing())));
    }

    @Test
    void reconnectsAndTellsListeners() throws Exception {
        final ScriptedVppPeer peer = peer().script(VppClientTest::answerPings).start();
        final BlockingQueue<Object> notices = new LinkedBlockingQueue<>();
        final VppClient client = client(config());
        client.addListener(new VppConnectionListener() {
            @Override
            public void connected(final VppSession session) {
                notices.add(session);
            }

            @Override
            public void disconnected(final VppSession session, final VppDisconnectedException reason) {
                notices.add(reason);
            }
        });
        final VppSession first = assertInstanceOf(VppSession.class, notices.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        await(first.call(new ControlPing()));

        peer.stop();
        assertInstanceOf(VppDisconnectedException.class, notices.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(VppDisconnectedException.class, failure(client.call(new ControlPing())));

        peer.start();
        final VppSession second = assertInstanceOf(VppSession.class, notices.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertNotEquals(first, second);
        assertFalse(first.isOpen());
        assertTrue(second.isOpen());
        await(client.call(new ControlPing()));
        assertTrue(peer.handshakes() >= 2);
    }

    @Test
    void retriesAnUnansweredHandshake() throws Exception {
        final ScriptedVppPeer peer = peer().ignoreHandshakes(1).script(VppClientTest::answerPings).start();
        final VppClient client = client(config().withCallTimeout(Duration.ofMillis(200)));
        final VppSession session = await(client.connected());
        assertEquals(2, peer.handshakes());
        await(session.call(new ControlPing()));
    }

    @Test
    void keepsRetryingWhileVppIsAbsent() throws Exception {
        final BlockingQueue<Duration> delays = new LinkedBlockingQueue<>();
        final BlockingQueue<Throwable> causes = new LinkedBlockingQueue<>();
        final VppClient client = client(config());
        client.addListener(new VppConnectionListener() {
            @Override
            public void connectFailed(final Throwable cause, final Duration nextAttemptIn) {
                causes.add(cause);
                delays.add(nextAttemptIn);
            }
        });
        final CompletableFuture<VppSession> connected = client.connected();
        assertInstanceOf(VppDisconnectedException.class, failure(client.call(new ControlPing())));
        // the backoff doubles from the minimum (10 ms) and stops at the maximum (200 ms); the listener, added
        // after start, may have missed the first attempts
        final List<Long> seen = new ArrayList<>();
        while (seen.size() < 8) {
            seen.add(delays.poll(WAIT_SECONDS, TimeUnit.SECONDS).toMillis());
        }
        assertFalse(connected.isDone());
        assertTrue(List.of(10L, 20L, 40L, 80L, 160L, 200L).contains(seen.get(0)), seen.toString());
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(Math.min(200, 2 * seen.get(i - 1)), seen.get(i), seen.toString());
        }
        assertTrue(causes.poll().getMessage().contains(socket().toString()));

        peer().script(VppClientTest::answerPings).start();
        await(await(connected).call(new ControlPing()));
    }

    @Test
    void sharesAnEventLoopGroupWithoutShuttingItDown() throws Exception {
        peer().script(VppClientTest::answerPings).start();
        final EventLoopGroup group = UnixDomainTransport.preferred().newEventLoopGroup(1,
            new DefaultThreadFactory("shared", true));
        try {
            final VppClient first = VppClient.start(config(), registry, group);
            final VppClient second = VppClient.start(config().withClientName("second"), registry, group);
            await(await(first.connected()).call(new ControlPing()));
            await(await(second.connected()).call(new ControlPing()));
            first.close();
            assertFalse(group.isShuttingDown());
            await(second.call(new ControlPing()));
            second.close();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    @Test
    void closeDeletesTheRegistration() throws Exception {
        final ScriptedVppPeer peer = peer().script(VppClientTest::answerPings).start();
        final VppClient client = VppClient.start(config(), registry);
        final VppSession session = await(client.connected());
        client.close();
        assertEquals(1, peer.deletes());
        assertFalse(session.isOpen());
        assertInstanceOf(VppDisconnectedException.class, failure(client.call(new ControlPing())));
        assertInstanceOf(VppDisconnectedException.class, failure(client.connected()));
    }
}
