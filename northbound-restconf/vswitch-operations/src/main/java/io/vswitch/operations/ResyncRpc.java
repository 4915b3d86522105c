package io.vswitch.operations;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.odl.RendererService;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Resync;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ResyncInput;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ResyncOutput;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ResyncOutputBuilder;
import org.opendaylight.yangtools.yang.common.RpcResult;
import org.opendaylight.yangtools.yang.common.RpcResultBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code rpc resync}: resynchronises a node through its renderer scheduler and answers when the resync has ended.
 * Never blocks the caller's thread nor the scheduler's: the answer is made on the given executor once the
 * scheduler's stage completes.
 *
 * <p>An unknown node is an input error ({@code invalid-value}, RESTCONF 400); a node that is not connected is
 * {@code resource-denied} (RESTCONF 409); a resync that does not end within the time limit is
 * {@code operation-failed} (RESTCONF 500). A resync that ran
 * answers normally with {@code success}, {@code partial} or {@code failed} and its counts.
 */
public final class ResyncRpc implements Resync {
    private static final Logger LOG = LoggerFactory.getLogger(ResyncRpc.class);

    private final RendererService renderer;
    private final Duration timeout;
    private final Executor answers;

    /**
     * Creates the RPC.
     *
     * @param renderer the schedulers
     * @param timeout how long to wait for a resync before answering with an error (the resync goes on)
     * @param answers where the answer is made and handed to the northbound, off the scheduler's thread
     */
    public ResyncRpc(final RendererService renderer, final Duration timeout, final Executor answers) {
        this.renderer = requireNonNull(renderer);
        this.timeout = requireNonNull(timeout);
        this.answers = requireNonNull(answers);
    }

    @Override
    public ListenableFuture<RpcResult<ResyncOutput>> invoke(final ResyncInput input) {
        final String node = input.getNode();
        if (node == null || node.isEmpty()) {
            return RpcFailures.now(RpcFailures.invalidInput("resync needs the name of a node"));
        }
        final NodeScheduler scheduler = renderer.scheduler(node).orElse(null);
        if (scheduler == null) {
            return RpcFailures.now(RpcFailures.invalidInput(Messages.unknownNode(node, renderer.nodes())));
        }
        if (!scheduler.isConnected()) {
            return RpcFailures.now(RpcFailures.notConnected("node " + node
                + " is not connected to its VPP (see /nodes/node=" + node + "/connection); it is resynced "
                + "automatically when it connects"));
        }
        LOG.info("Node {}: resync requested by RPC", node);
        final SettableFuture<RpcResult<ResyncOutput>> answer = SettableFuture.create();
        // copy(): the time limit must not complete the scheduler's own stage
        scheduler.resync().toCompletableFuture().copy().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .whenCompleteAsync((result, failure) -> {
                if (failure == null) {
                    final ResyncOutcome outcome = ResyncOutcome.of(result, scheduler.statuses().values());
                    answer.set(RpcResultBuilder.success(new ResyncOutputBuilder().setResult(outcome.result())
                        .setDetail(outcome.detail()).build()).build());
                } else {
                    answer.set(RpcFailures.operationFailed(describe(node, failure)));
                }
            }, answers);
        return answer;
    }

    private String describe(final String node, final Throwable failure) {
        final Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return "the resync of node " + node + " did not end within " + Messages.limit(timeout)
                + "; it goes on, see vswitch:history and /nodes/node=" + node + "/resync";
        }
        return "the resync of node " + node + " failed: " + cause;
    }
}
