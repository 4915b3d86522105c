package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import java.lang.invoke.MethodHandle;

/**
 * An integer field held in a Java {@code byte}, {@code short}, {@code int} or {@code long}.
 */
final class IntegralField extends FieldCodec {
    private final MethodHandle getter;
    private final Primitive wire;
    private final JavaIntegral java;

    /**
     * Constructor.
     *
     * @param getter the accessor, adapted to {@code (Object)long}
     */
    IntegralField(final String name, final MethodHandle getter, final Primitive wire, final JavaIntegral java) {
        super(name);
        this.getter = getter;
        this.wire = wire;
        this.java = java;
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    long get(final Object record) {
        try {
            return (long) getter.invokeExact(record);
        } catch (Throwable e) {
            throw propagate(e);
        }
    }

    Primitive wire() {
        return wire;
    }

    @Override
    void encode(final Object record, final ByteBuf out) {
        wire.writeIntegral(out, get(record));
    }

    @Override
    Object decode(final ByteBuf in, final Object[] decoded) {
        return java.box(wire.readIntegral(in));
    }

    @Override
    int minSize() {
        return wire.size();
    }
}
