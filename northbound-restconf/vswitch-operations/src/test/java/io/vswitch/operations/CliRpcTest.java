package io.vswitch.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.vpp.api.client.VppSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.CliInputBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.CliOutput;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.ErrorType;
import org.opendaylight.yangtools.yang.common.RpcError;
import org.opendaylight.yangtools.yang.common.RpcResult;

/**
 * The cli RPC against a simulated VPP over a real Unix socket.
 */
class CliRpcTest {
    @TempDir
    Path dir;

    private SimulatedNode vpp1;
    private NodeScheduler idle;
    private TestRenderer renderer;

    @BeforeEach
    void start() {
        vpp1 = new SimulatedNode("vpp1", dir);
        idle = NodeScheduler.builder("cnf1").descriptors(new TestLoopbacks()).build();
        renderer = new TestRenderer(Map.of("vpp1", vpp1.scheduler, "cnf1", idle));
    }

    @AfterEach
    void stop() {
        idle.close();
        vpp1.close();
    }

    private RpcResult<CliOutput> cli(final Duration timeout, final String node, final String command)
            throws Exception {
        final NodeSessions sessions = name -> "vpp1".equals(name) ? Optional.of(vpp1.session) : Optional.empty();
        return new CliRpc(renderer, sessions, timeout, ForkJoinPool.commonPool())
            .invoke(new CliInputBuilder().setNode(node).setCommand(command).build())
            .get(SimulatedNode.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private RpcResult<CliOutput> cli(final String node, final String command) throws Exception {
        return cli(SimulatedNode.WAIT, node, command);
    }

    private static RpcError onlyError(final RpcResult<?> result) {
        assertFalse(result.isSuccessful());
        assertEquals(1, result.getErrors().size(), result.getErrors().toString());
        final RpcError error = result.getErrors().get(0);
        assertEquals(ErrorType.APPLICATION, error.getErrorType());
        return error;
    }

    @Test
    void answersWithVppsText() throws Exception {
        final RpcResult<CliOutput> result = cli("vpp1", "show version");
        assertTrue(result.isSuccessful(), result.getErrors().toString());
        assertTrue(result.getResult().getReply().startsWith("vpp v26.06"), result.getResult().getReply());
    }

    @Test
    void aCommandVppDoesNotTakeIsAnInputErrorWithVppsText() throws Exception {
        final RpcError error = onlyError(cli("vpp1", "show nonsense"));
        assertEquals(ErrorTag.INVALID_VALUE, error.getTag());
        assertTrue(error.getMessage().startsWith("VPP on node vpp1 refused 'show nonsense': "), error.getMessage());
        assertTrue(error.getMessage().contains("unknown input `nonsense'"), error.getMessage());
    }

    @Test
    void anUnknownNodeIsAnInputError() throws Exception {
        final RpcError error = onlyError(cli("vpp9", "show version"));
        assertEquals(ErrorTag.INVALID_VALUE, error.getTag());
        assertEquals("node vpp9 is not configured (configured nodes: cnf1, vpp1)", error.getMessage());
    }

    @Test
    void aBlankCommandIsAnInputError() throws Exception {
        final RpcError error = onlyError(cli("vpp1", "  "));
        assertEquals(ErrorTag.INVALID_VALUE, error.getTag());
    }

    @Test
    void aNodeThatIsNotConnectedCannotRunCommands() throws Exception {
        final RpcError error = onlyError(cli("cnf1", "show version"));
        assertEquals(ErrorTag.RESOURCE_DENIED, error.getTag());
        assertEquals("node cnf1 is not connected to its VPP (see /nodes/node=cnf1/connection)", error.getMessage());
    }

    @Test
    void theWaitForVppIsBounded() throws Exception {
        vpp1.simulator.faults().delayReplies(Duration.ofSeconds(5));
        final RpcError error = onlyError(cli(Duration.ofMillis(200), "vpp1", "show version"));
        assertEquals(ErrorTag.OPERATION_FAILED, error.getTag());
        assertEquals("VPP on node vpp1 did not answer 'show version' within 200 ms", error.getMessage());
    }

    @Test
    void aLostConnectionIsReported() throws Exception {
        final VppSession session = vpp1.session;
        vpp1.simulator.kill();
        // the session of the killed VPP is closed once the client has noticed
        final long deadline = System.nanoTime() + SimulatedNode.WAIT.toNanos();
        while (session.isOpen() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertFalse(session.isOpen());
        final RpcError error = onlyError(cli("vpp1", "show version"));
        assertEquals(ErrorTag.OPERATION_FAILED, error.getTag());
        assertEquals("node vpp1 lost its VPP connection while running 'show version'", error.getMessage());
    }
}
