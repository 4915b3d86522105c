package io.vswitch.operations;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import io.vswitch.renderer.odl.RendererService;
import io.vswitch.vpp.api.client.VppCallException;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.client.VppTimeoutException;
import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.core.CliInbandReply;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Cli;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.CliInput;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.CliOutput;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.CliOutputBuilder;
import org.opendaylight.yangtools.yang.common.RpcResult;
import org.opendaylight.yangtools.yang.common.RpcResultBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code rpc cli}: runs one VPP debug CLI command on a node ({@code cli_inband}) and answers with its text.
 * Never blocks the caller's thread nor the VPP client's event loop (the answer is made on the given executor); the
 * wait for VPP is bounded by the call timeout.
 *
 * <p>An unknown node, an empty command or a command VPP's CLI does not take ({@code unknown input ...}, with
 * VPP's text in the message) is an input error ({@code invalid-value}, RESTCONF 400); a node that is not connected,
 * a lost connection or no answer in time is {@code operation-failed} (RESTCONF 500).
 */
public final class CliRpc implements Cli {
    private static final Logger LOG = LoggerFactory.getLogger(CliRpc.class);

    private final RendererService renderer;
    private final NodeSessions sessions;
    private final Duration timeout;
    private final Executor answers;

    /**
     * Creates the RPC.
     *
     * @param renderer tells which nodes are configured, for the error messages
     * @param sessions the nodes' VPP sessions
     * @param timeout how long VPP may take to answer
     * @param answers where the answer is made and handed to the northbound, off the VPP client's event loop
     */
    public CliRpc(final RendererService renderer, final NodeSessions sessions, final Duration timeout,
            final Executor answers) {
        this.renderer = requireNonNull(renderer);
        this.sessions = requireNonNull(sessions);
        this.timeout = requireNonNull(timeout);
        this.answers = requireNonNull(answers);
    }

    @Override
    public ListenableFuture<RpcResult<CliOutput>> invoke(final CliInput input) {
        final String node = input.getNode();
        final String command = input.getCommand();
        if (node == null || node.isEmpty()) {
            return RpcFailures.now(RpcFailures.invalidInput("cli needs the name of a node"));
        }
        if (command == null || command.isBlank()) {
            return RpcFailures.now(RpcFailures.invalidInput("cli needs a command, e.g. show interface"));
        }
        final VppSession session = sessions.session(node).orElse(null);
        if (session == null) {
            return RpcFailures.now(renderer.scheduler(node).isPresent()
                ? RpcFailures.notConnected("node " + node + " is not connected to its VPP (see /nodes/node="
                    + node + "/connection)")
                : RpcFailures.invalidInput(Messages.unknownNode(node, renderer.nodes())));
        }
        LOG.debug("Node {}: CLI '{}'", node, command);
        final SettableFuture<RpcResult<CliOutput>> answer = SettableFuture.create();
        try {
            session.call(new CliInband(command), timeout).whenCompleteAsync((reply, failure) -> {
                if (failure == null) {
                    answer.set(RpcResultBuilder.success(new CliOutputBuilder().setReply(reply.reply()).build())
                        .build());
                } else {
                    answer.set(failed(node, command, failure));
                }
            }, answers);
        } catch (IllegalArgumentException e) {
            // not sent: the codec refused the message
            answer.set(RpcFailures.invalidInput("cannot send '" + command + "' to node " + node + ": "
                + e.getMessage()));
        }
        return answer;
    }

    private RpcResult<CliOutput> failed(final String node, final String command, final Throwable failure) {
        final Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        if (cause instanceof VppCallException call && call.reply() instanceof CliInbandReply reply
                && !reply.reply().isBlank()) {
            // VPP's CLI did not take the command (unknown input, bad argument): its text says why
            return RpcFailures.invalidInput("VPP on node " + node + " refused '" + command + "': "
                + reply.reply().strip());
        }
        return RpcFailures.operationFailed(describe(node, command, cause));
    }

    private String describe(final String node, final String command, final Throwable cause) {
        if (cause instanceof VppTimeoutException) {
            return "VPP on node " + node + " did not answer '" + command + "' within " + Messages.limit(timeout);
        }
        if (cause instanceof VppDisconnectedException) {
            return "node " + node + " lost its VPP connection while running '" + command + "'";
        }
        if (cause instanceof VppCallException call) {
            return "VPP on node " + node + " refused '" + command + "': " + call.getMessage();
        }
        return "'" + command + "' on node " + node + " failed: " + cause;
    }
}
