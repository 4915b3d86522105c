package io.vswitch.vpp.api.client.impl;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.codec.MessageKind;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logic stage of a connected session, last in its channel's pipeline. Any thread may
 * {@link #submit(PendingCall)}; the event loop then sends queued calls with fresh contexts while fewer than the
 * window are in flight, many per write and one flush per batch, matches each answer to its call by context,
 * expires calls past their deadline, and delivers events. When the channel goes, every call in flight or queued
 * fails with {@link VppDisconnectedException}.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);
    /** Above this many bytes a batch is written out and a new one started. */
    private static final int MAX_BATCH_BYTES = 256 * 1024;
    private static final int MIN_BATCH_BYTES = 1024;

    private final Channel channel;
    private final Queue<PendingCall> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drainTask = this::drainScheduled;
    private final InFlightTable inFlight;
    private final AtomicReference<VppDisconnectedException> closedReason = new AtomicReference<>();
    private final CompletableFuture<VppDisconnectedException> closeFuture = new CompletableFuture<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final int maxInFlight;
    private final long sweepNanos;
    private final List<EventHandlers> eventHandlers;

    /**
     * Creates the stage.
     *
     * @param channel the session's channel
     * @param maxInFlight the window of calls awaiting answers
     * @param sweepNanos how often to look for expired calls
     * @param eventHandlers who gets events, in order
     */
    SessionHandler(final Channel channel, final int maxInFlight, final long sweepNanos,
            final List<EventHandlers> eventHandlers) {
        this.channel = channel;
        this.maxInFlight = maxInFlight;
        this.inFlight = new InFlightTable(maxInFlight);
        this.sweepNanos = sweepNanos;
        this.eventHandlers = List.copyOf(eventHandlers);
    }

    /**
     * Queues a call for sending; thread-safe, never blocks. Fails it at once when the session is closed.
     *
     * @param call the call
     */
    void submit(final PendingCall call) {
        final VppDisconnectedException closed = closedReason.get();
        if (closed != null) {
            call.fail(closed);
            return;
        }
        queue.add(call);
        // the close path may have emptied the queue before our add: then nobody else would fail this call
        if (closedReason.get() != null) {
            failQueued();
        } else if (!drainScheduled.get() && drainScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(drainTask);
        }
    }

    boolean isOpen() {
        return closedReason.get() == null;
    }

    /**
     * Completes on the event loop when the session has ended, after every call has failed.
     *
     * @return why it ended
     */
    CompletableFuture<VppDisconnectedException> closeFuture() {
        return closeFuture;
    }

    @Override
    public void handlerAdded(final ChannelHandlerContext ctx) {
        scheduleSweep();
        drainScheduled();
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        final Inbound inbound = (Inbound) msg;
        if (inbound.descriptor().kind() == MessageKind.EVENT) {
            deliverEvent(inbound);
            return;
        }
        final PendingCall call = inFlight.get(inbound.context());
        if (call == null) {
            LOG.debug("Dropping {} with context {}: no call awaits it (timed out?)", inbound.descriptor().name(),
                inbound.context());
            return;
        }
        if (call.accept(inbound, System.nanoTime())) {
            inFlight.remove(call);
        }
    }

    @Override
    public void channelReadComplete(final ChannelHandlerContext ctx) {
        drain();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
        LOG.warn("VPP connection failed", cause);
        failure.compareAndSet(null, cause);
        ctx.close();
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) {
        final Throwable cause = failure.get();
        close(new VppDisconnectedException(cause == null ? "Connection to VPP closed"
            : "Connection to VPP failed: " + cause.getMessage(), cause));
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(final ChannelHandlerContext ctx) {
        close(new VppDisconnectedException("Session ended", null));
    }

    private void close(final VppDisconnectedException reason) {
        if (!closedReason.compareAndSet(null, reason)) {
            return;
        }
        inFlight.removeIf(call -> true).forEach(call -> call.fail(reason));
        failQueued();
        closeFuture.complete(reason);
    }

    private void failQueued() {
        final VppDisconnectedException reason = closedReason.get();
        for (PendingCall call = queue.poll(); call != null; call = queue.poll()) {
            call.fail(reason);
        }
    }

    private void drainScheduled() {
        drainScheduled.set(false);
        drain();
    }

    /**
     * Sends queued calls while the window allows, as few large writes with one flush.
     */
    private void drain() {
        if (!isOpen() || queue.isEmpty() || inFlight.size() >= maxInFlight) {
            return;
        }
        final long now = System.nanoTime();
        ByteBuf batch = null;
        PendingCall call;
        while (inFlight.size() < maxInFlight && (call = queue.poll()) != null) {
            if (batch == null) {
                batch = channel.alloc().ioBuffer(Math.max(MIN_BATCH_BYTES, call.size()));
            }
            inFlight.add(call);
            call.writeTo(batch, now);
            if (batch.readableBytes() >= MAX_BATCH_BYTES) {
                channel.write(batch, channel.voidPromise());
                batch = null;
            }
        }
        if (batch != null) {
            channel.write(batch, channel.voidPromise());
        }
        channel.flush();
    }

    private void scheduleSweep() {
        channel.eventLoop().schedule(this::sweep, sweepNanos, TimeUnit.NANOSECONDS);
    }

    private void sweep() {
        if (!isOpen()) {
            return;
        }
        scheduleSweep();
        if (inFlight.isEmpty()) {
            return;
        }
        final long now = System.nanoTime();
        final List<PendingCall> expired = inFlight.removeIf(call -> call.isExpired(now));
        if (!expired.isEmpty()) {
            expired.forEach(call -> call.fail(call.timeoutException()));
            drain();
        }
    }

    private void deliverEvent(final Inbound inbound) {
        final Object event = inbound.body();
        if (event == null) {
            return;
        }
        boolean delivered = false;
        for (EventHandlers handlers : eventHandlers) {
            delivered |= handlers.deliver(event);
        }
        if (!delivered) {
            LOG.debug("No handler for event {}", inbound.descriptor().name());
        }
    }
}
