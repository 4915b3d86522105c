package io.vswitch.vpp.api.client.impl;

import io.netty.buffer.ByteBuf;
import io.vswitch.vpp.api.client.VppCallException;
import io.vswitch.vpp.api.client.VppException;
import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.definition.VppReply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A request answered by one reply of a known type.
 *
 * @param <R> the reply type
 */
final class PendingRequest<R extends VppReply> extends PendingCall {
    private final CompletableFuture<R> future = new CompletableFuture<>();
    private final Class<R> replyType;

    PendingRequest(final String messageName, final ByteBuf frame, final int contextOffset, final Class<R> replyType,
            final Duration timeout) {
        super(messageName, frame, new int[] {contextOffset}, timeout);
        this.replyType = replyType;
    }

    CompletableFuture<R> future() {
        return future;
    }

    @Override
    boolean accept(final Inbound inbound, final long now) {
        final Object body = inbound.body();
        if (body == null || inbound.descriptor().type() != replyType) {
            future.completeExceptionally(unexpected(inbound));
            return true;
        }
        final R reply = replyType.cast(body);
        final int retval = reply.retval();
        if (retval < 0) {
            final VppErrno errno = VppErrno.of(retval);
            future.completeExceptionally(errno == null
                ? new VppCallException(messageName(), retval, "UNKNOWN", "unknown error", reply)
                : new VppCallException(messageName(), retval, errno.name(), errno.text(), reply));
        } else {
            future.complete(reply);
        }
        return true;
    }

    @Override
    void fail(final VppException cause) {
        future.completeExceptionally(cause);
    }
}
