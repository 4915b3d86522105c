package io.vswitch.vpp.api.client.impl;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.Promise;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.codec.MessageRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first logic stage of a new channel: sends {@code sockclnt_create}, reads VPP's message table from the reply,
 * then replaces itself with the session's stages ({@link InboundDecoder}, {@link SessionHandler}) and completes
 * its promise with the {@link ChannelSession}. Fails the promise and closes the channel when VPP does not answer
 * within the call timeout, refuses, or goes away.
 */
final class HandshakeHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(HandshakeHandler.class);
    private static final int MAX_SWEEP_MILLIS = 100;
    private static final int MIN_SWEEP_MILLIS = 5;
    private static final int SWEEPS_PER_TIMEOUT = 10;

    private final VppClientConfig config;
    private final MessageRegistry registry;
    private final EventHandlers clientEvents;
    private final Promise<ChannelSession> promise;

    HandshakeHandler(final VppClientConfig config, final MessageRegistry registry, final EventHandlers clientEvents,
            final Promise<ChannelSession> promise) {
        this.config = config;
        this.registry = registry;
        this.clientEvents = clientEvents;
        this.promise = promise;
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) {
        final ByteBuf create = ctx.alloc().ioBuffer();
        Handshake.writeCreate(create, config.clientName());
        ctx.writeAndFlush(create, ctx.voidPromise());
        // harmless once the handshake is done: fail() does nothing then
        ctx.executor().schedule(() -> fail(ctx, new VppDisconnectedException(
            "VPP did not answer sockclnt_create within " + config.callTimeout().toMillis() + " ms", null)),
            config.callTimeout().toNanos(), TimeUnit.NANOSECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        final ByteBuf payload = (ByteBuf) msg;
        try {
            final int id = payload.getUnsignedShort(payload.readerIndex());
            if (id != Handshake.CREATE_REPLY_ID) {
                LOG.debug("Ignoring message id {} before the handshake's reply", id);
                return;
            }
            final Handshake.Reply reply = Handshake.readCreateReply(payload);
            if (reply.response() < 0) {
                fail(ctx, new VppDisconnectedException("VPP refused sockclnt_create: response " + reply.response(),
                    null));
                return;
            }
            establish(ctx, reply);
        } catch (IllegalArgumentException e) {
            fail(ctx, new VppDisconnectedException("Bad handshake reply from VPP", e));
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void establish(final ChannelHandlerContext ctx, final Handshake.Reply reply) {
        if (promise.isDone()) {
            return;
        }
        final MessageTable table = MessageTable.build(registry, reply.messageIds());
        final EventHandlers sessionEvents = new EventHandlers();
        final long sweepMillis = Math.max(MIN_SWEEP_MILLIS,
            Math.min(MAX_SWEEP_MILLIS, config.callTimeout().toMillis() / SWEEPS_PER_TIMEOUT));
        final SessionHandler handler = new SessionHandler(ctx.channel(), config.maxInFlight(),
            TimeUnit.MILLISECONDS.toNanos(sweepMillis), List.of(sessionEvents, clientEvents));
        final ChannelSession session = new ChannelSession(ctx.channel(), handler, table, reply.clientIndex(),
            config.callTimeout(), sessionEvents);
        ctx.pipeline().addAfter(ctx.name(), "vpp-session", handler);
        ctx.pipeline().replace(this, "vpp-decoder", new InboundDecoder(table));
        if (!promise.trySuccess(session)) {
            ctx.close();
        }
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) {
        fail(ctx, new VppDisconnectedException("VPP closed the connection during the handshake", null));
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
        fail(ctx, new VppDisconnectedException("Connection failed during the handshake: " + cause.getMessage(),
            cause));
    }

    private void fail(final ChannelHandlerContext ctx, final VppDisconnectedException cause) {
        if (promise.tryFailure(cause)) {
            ctx.close();
        }
    }
}
