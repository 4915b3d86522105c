package io.vswitch.interfaces.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.odl.spi.StateRefresher;
import io.vswitch.vpp.api.client.VppClient;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceTagAddDel;
import io.vswitch.vpp.sim.VppSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operational state tracker of one node against the simulator, writing to a recording sink.
 */
class NodeStateTrackerTest {
    private static final long WAIT_MS = 20_000;

    /** One write of the sink. */
    private record Write(Map<String, InterfaceOperState> changed, Set<String> removed) {
    }

    @TempDir
    Path dir;

    private final VppSimulator simulator = new VppSimulator();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<Write> writes = new LinkedBlockingQueue<>();
    private final Set<String> configured = ConcurrentHashMap.newKeySet();
    private VppClient client;
    private VppSession session;

    @BeforeEach
    void start() throws Exception {
        final Path socket = dir.resolve("api.sock");
        simulator.start(socket);
        client = VppClient.start(VppClientConfig.defaults().withSocketPath(socket));
        session = client.connected().get(WAIT_MS, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        client.close();
        simulator.close();
    }

    private NodeStateTracker tracker(final Duration period) {
        return new NodeStateTracker("vpp1", session, configured,
            (node, changed, removed, onFailure) -> writes.add(new Write(Map.copyOf(changed), Set.copyOf(removed))),
            new StateRefresher.Schedule(executor, Duration.ofMillis(20), period,
                () -> CompletableFuture.completedFuture(null)));
    }

    private int loopback(final String tag) throws Exception {
        final int index = session.call(new CreateLoopback(new byte[6])).get(WAIT_MS, TimeUnit.MILLISECONDS)
            .swIfIndex();
        session.call(new SwInterfaceTagAddDel(true, index, tag)).get(WAIT_MS, TimeUnit.MILLISECONDS);
        return index;
    }

    private Write nextWrite() throws InterruptedException {
        final Write write = writes.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        assertNotNull(write, "no write");
        return write;
    }

    @Test
    void writesOnlyConfiguredTaggedInterfacesThenOnlyChanges() throws Exception {
        final int lo1 = loopback("lo1");
        loopback("not-configured");
        configured.add("lo1");
        final NodeStateTracker tracker = tracker(Duration.ofHours(1));
        tracker.start();

        final Write first = nextWrite();
        assertEquals(Set.of("lo1"), first.changed().keySet());
        final InterfaceOperState state = first.changed().get("lo1");
        assertEquals(lo1, state.swIfIndex());
        assertEquals("loop0", state.vppName());
        assertFalse(state.linkUp());
        assertNotNull(state.mac());

        // an admin-up event: one dump, one write with the new oper status
        session.call(new SwInterfaceSetFlags(lo1, 1)).get(WAIT_MS, TimeUnit.MILLISECONDS);
        final Write up = nextWrite();
        assertTrue(up.changed().get("lo1").linkUp());

        // nothing changed: a refresh writes nothing; then a removal in VPP removes the state
        tracker.requestRefresh();
        configured.remove("lo1");
        tracker.requestRefresh();
        final Write removed = nextWrite();
        assertEquals(Set.of("lo1"), removed.removed());
        assertTrue(removed.changed().isEmpty());
        tracker.close();
    }

    @Test
    void manyInterfacesMakeOneWriteAndQuietRefreshesNone() throws Exception {
        for (int i = 0; i < 2000; i++) {
            final String name = "lo" + i;
            configured.add(name);
            session.call(new CreateLoopback(new byte[6])).thenCompose(reply ->
                session.call(new SwInterfaceTagAddDel(true, reply.swIfIndex(), name)));
        }
        session.call(new SwInterfaceTagAddDel(true, 0, "local")).get(WAIT_MS, TimeUnit.MILLISECONDS);
        final NodeStateTracker tracker = tracker(Duration.ofMillis(50));
        tracker.start();
        Write write = nextWrite();
        int seen = write.changed().size();
        // tags may still be arriving for the first dump: later writes add only the rest
        while (seen < 2000) {
            write = nextWrite();
            seen += write.changed().size();
        }
        assertEquals(2000, seen);
        // several periodic refreshes later, nothing more was written
        assertNull(writes.poll(300, TimeUnit.MILLISECONDS));
        tracker.close();
        final Write closing = nextWrite();
        assertEquals(2000, closing.removed().size(), "closing removes what was written");
    }
}
