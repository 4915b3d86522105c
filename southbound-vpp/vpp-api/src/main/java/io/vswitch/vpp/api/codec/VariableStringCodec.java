package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.DecoderException;
import java.nio.charset.StandardCharsets;

/**
 * {@code string x[]}: a u32 byte count, then that many bytes of UTF-8, no NUL.
 */
final class VariableStringCodec implements ValueCodec {
    private final String where;

    VariableStringCodec(final String where) {
        this.where = where;
    }

    @Override
    public void write(final Object value, final ByteBuf out) {
        final String text = (String) value;
        final int lengthIndex = out.writerIndex();
        out.writeInt(0);
        final int size = ByteBufUtil.writeUtf8(out, text);
        out.setInt(lengthIndex, size);
    }

    @Override
    public Object read(final ByteBuf in) {
        final long size = in.readUnsignedInt();
        if (size > in.readableBytes()) {
            throw new DecoderException(where + " claims " + size + " bytes but only " + in.readableBytes()
                + " remain");
        }
        final String text = in.toString(in.readerIndex(), (int) size, StandardCharsets.UTF_8);
        in.skipBytes((int) size);
        return text;
    }

    @Override
    public int minSize() {
        return Integer.BYTES;
    }
}
