package io.vswitch.operations;

import static io.vswitch.operations.SimulatedNode.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.util.concurrent.ListenableFuture;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ResyncInputBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ResyncOutput;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ResyncOutput.Result;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.ErrorType;
import org.opendaylight.yangtools.yang.common.RpcError;
import org.opendaylight.yangtools.yang.common.RpcResult;

/**
 * The resync RPC against a real scheduler whose node is a simulated VPP.
 */
class ResyncRpcTest {
    @TempDir
    Path dir;

    private SimulatedNode vpp1;
    private NodeScheduler idle;
    private ResyncRpc rpc;

    @BeforeEach
    void start() {
        vpp1 = new SimulatedNode("vpp1", dir);
        await(vpp1.scheduler.onConnected(vpp1.session));
        await(vpp1.scheduler.submit(Transaction.builder("two loopbacks")
            .put(TestLoopbacks.key("vpp1", "lo-a"), new TestLoopbacks.Loopback("lo-a"))
            .put(TestLoopbacks.key("vpp1", "lo-b"), new TestLoopbacks.Loopback("lo-b"))
            .build()));
        idle = NodeScheduler.builder("cnf1").descriptors(new TestLoopbacks()).build();
        rpc = new ResyncRpc(new TestRenderer(Map.of("vpp1", vpp1.scheduler, "cnf1", idle)), SimulatedNode.WAIT,
            ForkJoinPool.commonPool());
    }

    @AfterEach
    void stop() {
        idle.close();
        vpp1.close();
    }

    private static <T> RpcResult<T> answer(final ListenableFuture<RpcResult<T>> future) throws Exception {
        return future.get(SimulatedNode.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private RpcResult<ResyncOutput> resync(final String node) throws Exception {
        return answer(rpc.invoke(new ResyncInputBuilder().setNode(node).build()));
    }

    private static RpcError onlyError(final RpcResult<?> result) {
        assertFalse(result.isSuccessful());
        assertNull(result.getResult());
        assertEquals(1, result.getErrors().size(), result.getErrors().toString());
        final RpcError error = result.getErrors().get(0);
        assertEquals(ErrorType.APPLICATION, error.getErrorType());
        return error;
    }

    private List<String> loopbacksInVpp() {
        return TestLoopbacks.tags(await(vpp1.session.dump(new SwInterfaceDump(-1, false, ""))));
    }

    private void deleteInVppBehindTheControllersBack(final String tag) {
        final SwInterfaceDetails details = await(vpp1.session.dump(new SwInterfaceDump(-1, false, ""))).stream()
            .filter(found -> tag.equals(found.tag())).findFirst().orElseThrow();
        await(vpp1.session.call(new DeleteLoopback(details.swIfIndex())));
    }

    @Test
    void nothingToDoIsASuccess() throws Exception {
        final RpcResult<ResyncOutput> result = resync("vpp1");
        assertTrue(result.isSuccessful(), result.getErrors().toString());
        assertEquals(Result.Success, result.getResult().getResult());
        final String detail = result.getResult().getDetail();
        assertTrue(detail.startsWith("items found in VPP: 2; calls: 0 (0 create, 0 update, 0 delete, 0 failed); "
            + "items now: 2 applied; "), detail);
    }

    @Test
    void recreatesWhatVppLostAndSaysSo() throws Exception {
        deleteInVppBehindTheControllersBack("lo-b");
        assertEquals(List.of("lo-a"), loopbacksInVpp());

        final RpcResult<ResyncOutput> result = resync("vpp1");

        assertEquals(Result.Success, result.getResult().getResult());
        assertTrue(result.getResult().getDetail().startsWith("items found in VPP: 1; calls: 1 (1 create, 0 update, "
            + "0 delete, 0 failed); items now: 2 applied; "), result.getResult().getDetail());
        assertEquals(List.of("lo-a", "lo-b"), loopbacksInVpp());
    }

    @Test
    void aRefusedCallMakesItPartial() throws Exception {
        deleteInVppBehindTheControllersBack("lo-b");
        vpp1.simulator.faults().failNext("create_loopback", 1, -7);

        final RpcResult<ResyncOutput> result = resync("vpp1");

        assertTrue(result.isSuccessful(), "the resync ran: an answer, not an error");
        assertEquals(Result.Partial, result.getResult().getResult());
        assertTrue(result.getResult().getDetail().contains("calls: 1 (1 create, 0 update, 0 delete, 1 failed); "
            + "items now: 1 applied, 1 failed"), result.getResult().getDetail());
        assertEquals(ItemState.FAILED, vpp1.scheduler.status(TestLoopbacks.key("vpp1", "lo-b")).orElseThrow()
            .state());
    }

    @Test
    void aFailedRetrieveMakesItFailedWithTheError() throws Exception {
        try (SimulatedNode cnf2 = new SimulatedNode("cnf2", dir, Duration.ofSeconds(1))) {
            await(cnf2.scheduler.onConnected(cnf2.session));
            // the dump ends with a control_ping whose reply never comes: the retrieve times out
            cnf2.simulator.faults().dropNextReply("control_ping");
            final ResyncRpc cnf2Rpc = new ResyncRpc(new TestRenderer(Map.of("cnf2", cnf2.scheduler)),
                SimulatedNode.WAIT, ForkJoinPool.commonPool());

            final RpcResult<ResyncOutput> result = answer(cnf2Rpc.invoke(new ResyncInputBuilder().setNode("cnf2")
                .build()));

            assertTrue(result.isSuccessful(), "the resync ran: an answer, not an error");
            assertEquals(Result.Failed, result.getResult().getResult());
            final String detail = result.getResult().getDetail();
            assertTrue(detail.contains("test-loopback"), detail);
        }
    }

    @Test
    void anUnknownNodeIsAnInputError() throws Exception {
        final RpcError error = onlyError(resync("vpp9"));
        assertEquals(ErrorTag.INVALID_VALUE, error.getTag());
        assertEquals("node vpp9 is not configured (configured nodes: cnf1, vpp1)", error.getMessage());
    }

    @Test
    void aNodeThatIsNotConnectedCannotBeResynced() throws Exception {
        final RpcError error = onlyError(resync("cnf1"));
        assertEquals(ErrorTag.RESOURCE_DENIED, error.getTag());
        assertTrue(error.getMessage().startsWith("node cnf1 is not connected to its VPP"), error.getMessage());
    }

    @Test
    void aMissingNodeNameIsAnInputError() throws Exception {
        final RpcError error = onlyError(answer(rpc.invoke(new ResyncInputBuilder().build())));
        assertEquals(ErrorTag.INVALID_VALUE, error.getTag());
    }

    @Test
    void aResyncThatTakesTooLongIsAnErrorAndGoesOn() throws Exception {
        final ResyncRpc impatient = new ResyncRpc(new TestRenderer(Map.of("vpp1", vpp1.scheduler)),
            Duration.ofMillis(100), ForkJoinPool.commonPool());
        vpp1.simulator.faults().delayReplies(Duration.ofSeconds(3));

        final RpcError error = onlyError(answer(impatient.invoke(new ResyncInputBuilder().setNode("vpp1").build())));

        assertEquals(ErrorTag.OPERATION_FAILED, error.getTag());
        assertTrue(error.getMessage().startsWith("the resync of node vpp1 did not end within 100 ms"),
            error.getMessage());
        vpp1.simulator.faults().clear();
        // the resync itself was not cancelled by the RPC's time limit
        await(vpp1.scheduler.barrier());
    }
}
