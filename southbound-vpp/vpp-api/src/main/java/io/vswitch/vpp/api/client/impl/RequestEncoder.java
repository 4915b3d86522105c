package io.vswitch.vpp.api.client.impl;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageHeader;
import io.vswitch.vpp.api.transport.VppFrames;

/**
 * Encodes requests into complete frames on the caller's thread, so that encoding errors reach the caller at once
 * and the event loop only copies bytes. The context is left 0: the event loop sets it when it sends the frame, at
 * the offset {@link #append} returns.
 */
final class RequestEncoder {
    /** Fits most requests (ip_route_add_del with one path: 222 bytes) without growing. */
    private static final int INITIAL_CAPACITY = 256;

    private final int clientIndex;

    RequestEncoder(final int clientIndex) {
        this.clientIndex = clientIndex;
    }

    /**
     * Makes a buffer for one or a few request frames: a plain heap buffer, left to the garbage collector (the
     * default allocator's buffers keep allocation statistics, a cost per call).
     *
     * @return an empty heap buffer
     */
    static ByteBuf newBuffer() {
        return new UnpooledHeapByteBuf(UnpooledByteBufAllocator.DEFAULT, INITIAL_CAPACITY, Integer.MAX_VALUE);
    }

    /**
     * Appends one request frame to a buffer.
     *
     * @param out the buffer
     * @param id the message id on this connection
     * @param descriptor the message codec; its header must have a client index and a context
     * @param body the message
     * @return the offset of the appended message's context in {@code out}
     * @throws IllegalArgumentException when the body cannot be encoded
     */
    int append(final ByteBuf out, final int id, final MessageDescriptor<?> descriptor, final Object body) {
        final MessageHeader header = descriptor.header();
        if (header != MessageHeader.CLIENT_INDEX_CONTEXT) {
            throw new IllegalArgumentException(descriptor.name() + " has header " + header
                + ": it is not sent as an ordinary request");
        }
        final int start = VppFrames.reserveHeader(out);
        header.write(out, id, clientIndex, 0);
        encodeBody(descriptor, body, out);
        VppFrames.completeHeader(out, start);
        return start + VppFrames.HEADER_LENGTH + header.contextOffset();
    }

    private static <T> void encodeBody(final MessageDescriptor<T> descriptor, final Object body, final ByteBuf out) {
        descriptor.encode(descriptor.type().cast(body), out);
    }
}
