package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;

/**
 * Writes and reads one component of a record, through a precompiled accessor handle.
 */
abstract class FieldCodec {
    private final String name;

    FieldCodec(final String name) {
        this.name = name;
    }

    /**
     * The VPP field name.
     */
    final String name() {
        return name;
    }

    abstract void encode(Object record, ByteBuf out);

    /**
     * Reads this field's value, boxed as the canonical constructor expects it.
     *
     * @param decoded the values of the earlier fields of the same record, for a count
     */
    abstract Object decode(ByteBuf in, Object[] decoded);

    abstract int minSize();

    /**
     * Method handles declare {@link Throwable}; record accessors and constructors only throw unchecked ones.
     */
    static RuntimeException propagate(final Throwable thrown) {
        if (thrown instanceof RuntimeException runtime) {
            return runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(thrown);
    }
}
