package io.vswitch.vpp.api.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Frames outbound payloads: each {@code ByteBuf} written (one message, starting with its {@code u16} id) goes
 * out preceded by the 16-byte VPP frame header. Writers that frame in place with
 * {@link VppFrames#reserveHeader(ByteBuf)} put their buffers on the channel after this stage instead.
 * Stateless and sharable.
 */
@Sharable
public final class VppFrameEncoder extends MessageToByteEncoder<ByteBuf> {
    /**
     * Creates the encoder.
     */
    public VppFrameEncoder() {
        super(ByteBuf.class);
    }

    @Override
    protected ByteBuf allocateBuffer(final ChannelHandlerContext ctx, final ByteBuf msg, final boolean preferDirect) {
        final int size = VppFrames.HEADER_LENGTH + msg.readableBytes();
        return preferDirect ? ctx.alloc().ioBuffer(size) : ctx.alloc().heapBuffer(size);
    }

    @Override
    protected void encode(final ChannelHandlerContext ctx, final ByteBuf msg, final ByteBuf out) {
        VppFrames.writeHeader(out, msg.readableBytes());
        out.writeBytes(msg, msg.readerIndex(), msg.readableBytes());
    }
}
