package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * The elements of an array of composite values (records, or array aliases such as MAC addresses), held in a
 * {@link List}; decoded lists are unmodifiable.
 */
final class ListCodec implements SequenceCodec {
    private final ValueCodec element;

    ListCodec(final ValueCodec element) {
        this.element = element;
    }

    @Override
    public int length(final Object value) {
        return ((List<?>) value).size();
    }

    @Override
    public void write(final Object value, final ByteBuf out) {
        final List<?> list = (List<?>) value;
        final int size = list.size();
        for (int i = 0; i < size; i++) {
            element.write(list.get(i), out);
        }
    }

    @Override
    public Object read(final ByteBuf in, final int count) {
        final Object[] elements = new Object[count];
        for (int i = 0; i < count; i++) {
            elements[i] = element.read(in);
        }
        return List.of(elements);
    }

    @Override
    public int elementMinSize() {
        return element.minSize();
    }
}
