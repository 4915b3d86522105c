package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last pipeline stage of a client connection: hands each framed message to the engine, and ends the batch
 * (events, one flush) when the read is complete.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

    private final SimEngine engine;
    private @Nullable Session session;

    SessionHandler(final SimEngine engine) {
        this.engine = engine;
    }

    @Override
    public void channelActive(final ChannelHandlerContext ctx) {
        session = engine.openSession(ctx.channel());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (!(msg instanceof ByteBuf payload)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            final Session current = session;
            if (current != null) {
                engine.dispatch(current, payload);
            }
        } finally {
            payload.release();
        }
    }

    @Override
    public void channelReadComplete(final ChannelHandlerContext ctx) {
        engine.endBatch();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(final ChannelHandlerContext ctx) {
        final Session current = session;
        session = null;
        if (current != null) {
            engine.closeSession(current);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
        LOG.warn("Closing client connection {} after an error", ctx.channel(), cause);
        ctx.close();
    }
}
