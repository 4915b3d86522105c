package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * A record's fields in wire order and its canonical constructor: the codec of a message body or of a composite
 * type.
 */
final class RecordCodec implements ValueCodec {
    private final FieldCodec[] fields;
    private final MethodHandle constructor;
    private final int minSize;

    /**
     * Constructor.
     *
     * @param constructor the canonical constructor, spread and adapted to {@code (Object[])Object}
     */
    RecordCodec(final List<FieldCodec> fields, final MethodHandle constructor) {
        this.fields = fields.toArray(new FieldCodec[0]);
        this.constructor = constructor;
        this.minSize = fields.stream().mapToInt(FieldCodec::minSize).sum();
    }

    @Override
    public void write(final Object value, final ByteBuf out) {
        for (FieldCodec field : fields) {
            field.encode(value, out);
        }
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    public Object read(final ByteBuf in) {
        final Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = fields[i].decode(in, values);
        }
        try {
            return (Object) constructor.invokeExact(values);
        } catch (Throwable e) {
            throw FieldCodec.propagate(e);
        }
    }

    @Override
    public int minSize() {
        return minSize;
    }
}
