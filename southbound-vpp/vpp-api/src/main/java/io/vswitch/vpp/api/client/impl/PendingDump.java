package io.vswitch.vpp.api.client.impl;

import io.netty.buffer.ByteBuf;
import io.vswitch.vpp.api.client.VppException;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.definition.VppDetails;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A dump and the control ping sent after it with the same context: collects the details until the ping's reply.
 *
 * @param <D> the details type
 */
final class PendingDump<D extends VppDetails> extends PendingCall {
    private final CompletableFuture<List<D>> future = new CompletableFuture<>();
    private final List<D> details = new ArrayList<>();
    private final Class<D> detailsType;
    private final MessageDescriptor<?> pingReply;

    /**
     * Creates the call.
     *
     * @param messageName the dump's VPP name
     * @param frames the dump's frame followed by the control ping's
     * @param dumpContextOffset where the dump's context is in {@code frames}
     * @param pingContextOffset where the ping's context is in {@code frames}
     * @param detailsType the details class
     * @param pingReply the codec of {@code control_ping_reply}, which ends the dump
     * @param timeout how long to wait for the first or next message
     */
    PendingDump(final String messageName, final ByteBuf frames, final int dumpContextOffset,
            final int pingContextOffset, final Class<D> detailsType, final MessageDescriptor<?> pingReply,
            final Duration timeout) {
        super(messageName, frames, new int[] {dumpContextOffset, pingContextOffset}, timeout);
        this.detailsType = detailsType;
        this.pingReply = pingReply;
    }

    CompletableFuture<List<D>> future() {
        return future;
    }

    @Override
    boolean accept(final Inbound inbound, final long now) {
        final Object body = inbound.body();
        if (body != null && inbound.descriptor().type() == detailsType) {
            details.add(detailsType.cast(body));
            extendDeadline(now);
            return false;
        }
        if (body != null && inbound.descriptor() == pingReply) {
            future.complete(details);
            return true;
        }
        future.completeExceptionally(unexpected(inbound));
        return true;
    }

    @Override
    void fail(final VppException cause) {
        future.completeExceptionally(cause);
    }
}
