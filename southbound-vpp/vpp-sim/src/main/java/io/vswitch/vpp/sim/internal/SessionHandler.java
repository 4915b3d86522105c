package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last pipeline stage of a client connection: hands each framed message to the engine, and ends the batch
 * (events, one flush) when the read is complete.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

    private final SimEngine engine;
    private final Session session;

    SessionHandler(final SimEngine engine, final Session session) {
        this.engine = engine;
        this.session = session;
    }

    @Override
    public void channelRead(final ChannelHandlerContext ctx, final Object msg) {
        if (!(msg instanceof ByteBuf payload)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            engine.dispatch(session, payload);
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
        engine.closeSession(session);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause) {
        LOG.warn("Closing client connection {} after an error", ctx.channel(), cause);
        ctx.close();
    }
}
