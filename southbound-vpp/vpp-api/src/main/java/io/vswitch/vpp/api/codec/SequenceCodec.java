package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;

/**
 * Writes and reads the elements of an array, whose count is known from outside (a fixed length or a count field).
 */
interface SequenceCodec {

    int length(Object value);

    void write(Object value, ByteBuf out);

    Object read(ByteBuf in, int count);

    int elementMinSize();
}
