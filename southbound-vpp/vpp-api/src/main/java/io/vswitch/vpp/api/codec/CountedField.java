package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.DecoderException;
import java.lang.invoke.MethodHandle;

/**
 * A variable array whose element count is an earlier field of the same record. On encoding, the count field's
 * value is taken from the record as given and must equal the array's length: a mismatch is refused (VPP would
 * read garbage or cut the array), never silently corrected.
 */
final class CountedField extends FieldCodec {
    private final MethodHandle getter;
    private final SequenceCodec elements;
    private final IntegralField count;
    private final int countIndex;

    /**
     * Constructor.
     *
     * @param getter the accessor, adapted to {@code (Object)Object}
     * @param count the count field
     * @param countIndex the count field's position in the record
     */
    CountedField(final String name, final MethodHandle getter, final SequenceCodec elements,
            final IntegralField count, final int countIndex) {
        super(name);
        this.getter = getter;
        this.elements = elements;
        this.count = count;
        this.countIndex = countIndex;
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    void encode(final Object record, final ByteBuf out) {
        final Object value;
        try {
            value = (Object) getter.invokeExact(record);
        } catch (Throwable e) {
            throw propagate(e);
        }
        final long declared = count.get(record) & count.wire().mask();
        final int actual = elements.length(value);
        if (declared != actual) {
            throw new IllegalArgumentException(count.name() + " is " + declared + " but " + name() + " has "
                + actual + " elements");
        }
        elements.write(value, out);
    }

    @Override
    Object decode(final ByteBuf in, final Object[] decoded) {
        final long declared = ((Number) decoded[countIndex]).longValue() & count.wire().mask();
        final long minBytes = declared * elements.elementMinSize();
        if (declared > Integer.MAX_VALUE || minBytes > in.readableBytes()) {
            throw new DecoderException(count.name() + " is " + declared + " but only " + in.readableBytes()
                + " bytes remain for " + name());
        }
        return elements.read(in, (int) declared);
    }

    @Override
    int minSize() {
        return 0;
    }
}
