package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandle;

/**
 * An {@code f64} field held in a Java {@code double}, in the host's byte order (little-endian) as VPP expects it.
 */
final class F64Field extends FieldCodec {
    private final MethodHandle getter;

    /**
     * Constructor.
     *
     * @param getter the accessor, adapted to {@code (Object)double}
     */
    F64Field(final String name, final MethodHandle getter) {
        super(name);
        this.getter = getter;
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    void encode(final Object record, final ByteBuf out) {
        final double value;
        try {
            value = (double) getter.invokeExact(record);
        } catch (Throwable e) {
            throw propagate(e);
        }
        out.writeDoubleLE(value);
    }

    @Override
    Object decode(final ByteBuf in, final Object[] decoded) {
        return in.readDoubleLE();
    }

    @Override
    int minSize() {
        return Double.BYTES;
    }
}
