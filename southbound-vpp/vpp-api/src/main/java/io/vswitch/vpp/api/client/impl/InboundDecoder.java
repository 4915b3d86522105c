package io.vswitch.vpp.api.client.impl;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageHeader;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Second inbound stage: turns a payload from the frame decoder into an {@link Inbound}, reading the header the
 * message's descriptor declares ({@code context} for replies and details, {@code client_index} for events) and
 * the body with the codec. Messages we do not define, or that are incompatible, are dropped here.
 */
final class InboundDecoder extends MessageToMessageDecoder<ByteBuf> {
    private static final Logger LOG = LoggerFactory.getLogger(InboundDecoder.class);

    private final MessageTable table;

    InboundDecoder(final MessageTable table) {
        super(ByteBuf.class);
        this.table = table;
    }

    @Override
    protected void decode(final ChannelHandlerContext ctx, final ByteBuf msg, final List<Object> out) {
        final int start = msg.readerIndex();
        if (msg.readableBytes() < MessageHeader.MSG_ID_SIZE) {
            LOG.warn("Dropping a {}-byte message from VPP", msg.readableBytes());
            return;
        }
        final int id = msg.getUnsignedShort(start);
        final MessageDescriptor<?> descriptor = table.inbound(id);
        if (descriptor == null) {
            LOG.debug("Dropping message id {}: not one of ours, or incompatible", id);
            return;
        }
        if (descriptor.kind().isFromClient()) {
            LOG.debug("Dropping {}: VPP does not send requests", descriptor.name());
            return;
        }
        final MessageHeader header = descriptor.header();
        if (msg.readableBytes() < header.size()) {
            LOG.warn("Dropping {}: shorter than its header", descriptor.name());
            return;
        }
        final int context = header.hasContext() ? msg.getInt(start + header.contextOffset()) : 0;
        msg.readerIndex(start + header.size());
        Object body;
        Exception failure;
        try {
            body = descriptor.decode(msg);
            failure = null;
        } catch (DecoderException e) {
            LOG.warn("Cannot decode {} from VPP", descriptor.name(), e);
            body = null;
            failure = e;
        }
        out.add(new Inbound(descriptor, context, body, failure));
    }
}
