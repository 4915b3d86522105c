package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;

/**
 * {@code string x[N]}: N bytes of UTF-8, NUL-padded. At most N-1 bytes of text are accepted, so that VPP always
 * finds a terminating NUL; on reading, the text ends at the first NUL or after N bytes.
 */
final class FixedStringCodec implements ValueCodec {
    private final int length;
    private final String where;

    FixedStringCodec(final int length, final String where) {
        this.length = length;
        this.where = where;
    }

    @Override
    public void write(final Object value, final ByteBuf out) {
        final String text = (String) value;
        final int size = ByteBufUtil.utf8Bytes(text);
        if (size >= length) {
            throw new IllegalArgumentException(where + " holds at most " + (length - 1) + " bytes, not " + size
                + ": " + text);
        }
        ByteBufUtil.writeUtf8(out, text);
        out.writeZero(length - size);
    }

    @Override
    public Object read(final ByteBuf in) {
        final int start = in.readerIndex();
        final int nul = in.bytesBefore(start, length, (byte) 0);
        final int size = nul < 0 ? length : nul;
        final String text = size == 0 ? "" : in.toString(start, size, StandardCharsets.UTF_8);
        in.skipBytes(length);
        return text;
    }

    @Override
    public int minSize() {
        return length;
    }
}
