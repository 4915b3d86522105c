package io.vswitch.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.sim.VppSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.node.Connection;

/**
 * The node manager against the simulator over a real Unix socket.
 */
class NodeManagerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();
    private final VppSimulator simulator = new VppSimulator();
    private NodeManager manager;
    private Path socket;

    @BeforeEach
    void start() {
        socket = dir.resolve("api.sock");
        simulator.start(socket);
        manager = new NodeManager(sink, VppClientConfig.defaults()
            .withReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200)));
    }

    @AfterEach
    void stop() {
        manager.close();
        simulator.close();
    }

    private Node node(final Path apiSocket, final boolean enabled) {
        return new NodeBuilder().setName("vpp1").setApiSocket(apiSocket.toString()).setEnabled(enabled).build();
    }

    @Test
    void connectsAndDescribesVpp() throws Exception {
        manager.apply("vpp1", node(socket, true));
        final ConnectionState state = sink.await(s -> s.state() == Connection.State.Connected && s.vppPid() != null);
        assertNotNull(state.vppVersion());
        assertTrue(state.vppVersion().startsWith("26.06"), state.vppVersion());
        assertEquals(ProcessHandle.current().pid(), state.vppPid());
        assertTrue(state.plugins().containsAll(List.of("interface", "memif")), state.plugins().toString());
        assertEquals(List.of(), state.problems(), "the simulator implements every message we define");
        assertTrue(manager.session("vpp1").isPresent());
    }

    @Test
    void reportsTheLossOfVppAndReconnectsWhenItComesBack() throws Exception {
        manager.apply("vpp1", node(socket, true));
        sink.await(s -> s.state() == Connection.State.Connected && s.vppPid() != null);
        simulator.kill();
        final ConnectionState lost = sink.await(s -> s.state() == Connection.State.Disconnected);
        assertNotNull(lost.reason());
        simulator.start(socket);
        sink.await(s -> s.state() == Connection.State.Connected && s.vppPid() != null);
    }

    @Test
    void waitsForAVppThatIsNotThereYet() throws Exception {
        final Path later = dir.resolve("later.sock");
        manager.apply("vpp1", node(later, true));
        final ConnectionState connecting = sink.await(s -> s.state() == Connection.State.Connecting
            && s.reason() != null && s.reason().startsWith("no VPP at"));
        assertTrue(connecting.reason().contains(later.toString()), connecting.reason());
        try (VppSimulator second = new VppSimulator()) {
            second.start(later);
            sink.await(s -> s.state() == Connection.State.Connected && s.vppPid() != null);
        }
    }

    @Test
    void disablingAndDeletingDisconnectAndLeaveVppAlone() throws Exception {
        manager.apply("vpp1", node(socket, true));
        sink.await(s -> s.state() == Connection.State.Connected && s.vppPid() != null);
        manager.apply("vpp1", node(socket, false));
        sink.await(s -> s.state() == Connection.State.Disabled);
        awaitTrue(() -> simulator.clientCount() == 0);
        assertTrue(manager.session("vpp1").isEmpty());
        assertTrue(simulator.isRunning());

        manager.apply("vpp1", null);
        awaitTrue(() -> sink.removed);
        assertNull(sink.latest);
    }

    private static void awaitTrue(final java.util.function.BooleanSupplier condition) throws InterruptedException {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not reached in " + WAIT);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static final class RecordingSink implements ConnectionStateSink {
        private final List<ConnectionState> states = new ArrayList<>();
        volatile @Nullable ConnectionState latest;
        volatile boolean removed;

        @Override
        public synchronized void publish(final String node, final ConnectionState state) {
            states.add(state);
            latest = state;
            removed = false;
        }

        @Override
        public synchronized void remove(final String node) {
            latest = null;
            removed = true;
        }

        ConnectionState await(final Predicate<ConnectionState> condition) throws InterruptedException {
            final long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                synchronized (this) {
                    final ConnectionState current = latest;
                    if (current != null && condition.test(current)) {
                        return current;
                    }
                    assertTrue(System.nanoTime() < deadline, "state not reached; published: " + states);
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
    }
}
