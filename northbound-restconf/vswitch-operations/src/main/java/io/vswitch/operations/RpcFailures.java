package io.vswitch.operations;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.ErrorType;
import org.opendaylight.yangtools.yang.common.RpcResult;
import org.opendaylight.yangtools.yang.common.RpcResultBuilder;

/**
 * The failed results of the operations RPCs. RESTCONF answers with the HTTP status of the first error's tag
 * (RFC 8040 section 7): {@code invalid-value} is 400 (the input names something that does not exist),
 * {@code resource-denied} is 409 (the node exists but is not connected to its VPP now), {@code operation-failed} is
 * 500 (the operation could not be completed, e.g. no answer in time); NETCONF answers
 * with an rpc-error carrying the same tag and message.
 */
final class RpcFailures {
    private RpcFailures() {
        // static helpers only
    }

    /**
     * The input is wrong: RESTCONF 400.
     */
    static <T> RpcResult<T> invalidInput(final String message) {
        return RpcResultBuilder.<T>failed().withError(ErrorType.APPLICATION, ErrorTag.INVALID_VALUE, message).build();
    }

    /**
     * The input is right but the operation could not be done: RESTCONF 500.
     */
    static <T> RpcResult<T> operationFailed(final String message) {
        return RpcResultBuilder.<T>failed().withError(ErrorType.APPLICATION, ErrorTag.OPERATION_FAILED, message)
            .build();
    }

    /**
     * The node is known but its VPP is not connected now: RESTCONF 409.
     */
    static <T> RpcResult<T> notConnected(final String message) {
        return RpcResultBuilder.<T>failed().withError(ErrorType.APPLICATION, ErrorTag.RESOURCE_DENIED, message)
            .build();
    }

    static <T> ListenableFuture<RpcResult<T>> now(final RpcResult<T> result) {
        return Futures.immediateFuture(result);
    }
}
