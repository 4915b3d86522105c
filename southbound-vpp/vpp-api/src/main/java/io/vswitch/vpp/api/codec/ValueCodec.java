package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;

/**
 * Writes and reads one value held as a Java object: a string, an array, a nested record, a list.
 */
interface ValueCodec {

    void write(Object value, ByteBuf out);

    Object read(ByteBuf in);

    /**
     * The fewest bytes a value can take, to reject impossible element counts before allocating.
     */
    int minSize();
}
