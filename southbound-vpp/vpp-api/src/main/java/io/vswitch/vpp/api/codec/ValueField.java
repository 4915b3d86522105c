package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandle;

/**
 * A field held as a Java object: a string, a fixed array, a nested record.
 */
final class ValueField extends FieldCodec {
    private final MethodHandle getter;
    private final ValueCodec codec;

    /**
     * Constructor.
     *
     * @param getter the accessor, adapted to {@code (Object)Object}
     */
    ValueField(final String name, final MethodHandle getter, final ValueCodec codec) {
        super(name);
        this.getter = getter;
        this.codec = codec;
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
        codec.write(value, out);
    }

    @Override
    Object decode(final ByteBuf in, final Object[] decoded) {
        return codec.read(in);
    }

    @Override
    int minSize() {
        return codec.minSize();
    }
}
