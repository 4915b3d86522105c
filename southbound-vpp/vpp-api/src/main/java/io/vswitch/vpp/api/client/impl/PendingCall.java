package io.vswitch.vpp.api.client.impl;

import io.netty.buffer.ByteBuf;
import io.vswitch.vpp.api.client.VppException;
import io.vswitch.vpp.api.client.VppProtocolException;
import io.vswitch.vpp.api.client.VppTimeoutException;
import java.time.Duration;

/**
 * A request on its way: encoded, then queued, then sent with a context and awaiting its answer. The caller's side
 * creates it; after that only the event loop touches its mutable state.
 */
abstract class PendingCall {
    private final String messageName;
    private final ByteBuf frames;
    private final int[] contextOffsets;
    private final long timeoutNanos;
    private long deadline;
    private int context;

    /**
     * Creates the call.
     *
     * @param messageName the request's VPP name, for errors
     * @param frames the encoded frames to send, contexts 0
     * @param contextOffsets where in {@code frames} the context goes
     * @param timeout how long the sent request may wait for its answer
     */
    PendingCall(final String messageName, final ByteBuf frames, final int[] contextOffsets, final Duration timeout) {
        this.messageName = messageName;
        this.frames = frames;
        this.contextOffsets = contextOffsets.clone();
        this.timeoutNanos = timeout.toNanos();
    }

    final String messageName() {
        return messageName;
    }

    /**
     * Appends the frames to a batch with this call's context and starts the timeout clock.
     *
     * @param batch the outgoing buffer
     * @param now {@link System#nanoTime()}
     */
    final void writeTo(final ByteBuf batch, final long now) {
        final int start = batch.writerIndex();
        batch.writeBytes(frames, frames.readerIndex(), frames.readableBytes());
        for (int offset : contextOffsets) {
            batch.setInt(start + offset - frames.readerIndex(), context);
        }
        deadline = now + timeoutNanos;
    }

    final int context() {
        return context;
    }

    final void setContext(final int newContext) {
        context = newContext;
    }

    final int size() {
        return frames.readableBytes();
    }

    /**
     * Pushes the deadline back, as a dump does at each of its details.
     *
     * @param now {@link System#nanoTime()}
     */
    final void extendDeadline(final long now) {
        deadline = now + timeoutNanos;
    }

    final boolean isExpired(final long now) {
        return now - deadline > 0;
    }

    final VppTimeoutException timeoutException() {
        return new VppTimeoutException(messageName, Duration.ofNanos(timeoutNanos));
    }

    final VppProtocolException unexpected(final Inbound inbound) {
        return new VppProtocolException(messageName + ": unexpected answer " + inbound.descriptor().name(),
            inbound.failure());
    }

    /**
     * Takes a message VPP sent with this call's context.
     *
     * @param inbound the message
     * @param now {@link System#nanoTime()}
     * @return true when the call is complete (successfully or not)
     */
    abstract boolean accept(Inbound inbound, long now);

    /**
     * Fails the call.
     *
     * @param cause why
     */
    abstract void fail(VppException cause);
}
