package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;

/**
 * An array of exactly {@code length} elements ({@code u8 x[16]}, {@code vl_api_fib_mpls_label_t label_stack[16]},
 * {@code vl_api_mac_address_t}); a value of another length is refused rather than padded or cut.
 */
final class FixedArrayCodec implements ValueCodec {
    private final SequenceCodec elements;
    private final int length;
    private final String where;

    FixedArrayCodec(final SequenceCodec elements, final int length, final String where) {
        this.elements = elements;
        this.length = length;
        this.where = where;
    }

    @Override
    public void write(final Object value, final ByteBuf out) {
        final int actual = elements.length(value);
        if (actual != length) {
            throw new IllegalArgumentException(where + " must have exactly " + length + " elements, not " + actual);
        }
        elements.write(value, out);
    }

    @Override
    public Object read(final ByteBuf in) {
        return elements.read(in, length);
    }

    @Override
    public int minSize() {
        return length * elements.elementMinSize();
    }
}
