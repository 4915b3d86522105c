package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandle;

/**
 * A {@code bool} field (one byte, any non-zero value is true) held in a Java {@code boolean}.
 */
final class BoolField extends FieldCodec {
    private final MethodHandle getter;

    /**
     * Constructor.
     *
     * @param getter the accessor, adapted to {@code (Object)boolean}
     */
    BoolField(final String name, final MethodHandle getter) {
        super(name);
        this.getter = getter;
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    void encode(final Object record, final ByteBuf out) {
        final boolean value;
        try {
            value = (boolean) getter.invokeExact(record);
        } catch (Throwable e) {
            throw propagate(e);
        }
        out.writeBoolean(value);
    }

    @Override
    Object decode(final ByteBuf in, final Object[] decoded) {
        return in.readByte() != 0;
    }

    @Override
    int minSize() {
        return 1;
    }
}
