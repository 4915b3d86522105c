package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;

/**
 * The elements of an array of primitives, held in a Java primitive array ({@code byte[]} for {@code u8},
 * {@code int[]} for {@code u32}, {@code double[]} for {@code f64}, {@code boolean[]} for {@code bool}, or any
 * wider integral array).
 */
final class PrimitiveArrayCodec implements SequenceCodec {
    private final Primitive wire;
    private final Class<?> arrayType;

    private PrimitiveArrayCodec(final Primitive wire, final Class<?> arrayType) {
        this.wire = wire;
        this.arrayType = arrayType;
    }

    static PrimitiveArrayCodec of(final Primitive wire, final Class<?> arrayType, final String where) {
        final JavaIntegral integral = JavaIntegral.ofArray(arrayType);
        final boolean fits = integral != null ? integral.holds(wire)
            : wire == Primitive.F64 && arrayType == double[].class || wire == Primitive.BOOL
                && arrayType == boolean[].class;
        if (!fits) {
            throw new IllegalArgumentException(where + ": a " + wire.vppName() + " array cannot be held in a "
                + arrayType.getSimpleName());
        }
        return new PrimitiveArrayCodec(wire, arrayType);
    }

    @Override
    public int length(final Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.length;
        } else if (value instanceof int[] ints) {
            return ints.length;
        } else if (value instanceof short[] shorts) {
            return shorts.length;
        } else if (value instanceof long[] longs) {
            return longs.length;
        } else if (value instanceof double[] doubles) {
            return doubles.length;
        } else {
            return ((boolean[]) value).length;
        }
    }

    @Override
    public void write(final Object value, final ByteBuf out) {
        if (value instanceof byte[] bytes) {
            out.writeBytes(bytes);
        } else if (value instanceof int[] ints) {
            for (int element : ints) {
                wire.writeIntegral(out, element);
            }
        } else if (value instanceof short[] shorts) {
            for (short element : shorts) {
                wire.writeIntegral(out, element);
            }
        } else if (value instanceof long[] longs) {
            for (long element : longs) {
                wire.writeIntegral(out, element);
            }
        } else if (value instanceof double[] doubles) {
            for (double element : doubles) {
                out.writeDoubleLE(element);
            }
        } else {
            for (boolean element : (boolean[]) value) {
                out.writeBoolean(element);
            }
        }
    }

    @Override
    public Object read(final ByteBuf in, final int count) {
        if (arrayType == byte[].class) {
            final byte[] bytes = new byte[count];
            in.readBytes(bytes);
            return bytes;
        } else if (arrayType == int[].class) {
            final int[] ints = new int[count];
            for (int i = 0; i < count; i++) {
                ints[i] = (int) wire.readIntegral(in);
            }
            return ints;
        } else if (arrayType == short[].class) {
            final short[] shorts = new short[count];
            for (int i = 0; i < count; i++) {
                shorts[i] = (short) wire.readIntegral(in);
            }
            return shorts;
        } else if (arrayType == long[].class) {
            final long[] longs = new long[count];
            for (int i = 0; i < count; i++) {
                longs[i] = wire.readIntegral(in);
            }
            return longs;
        } else if (arrayType == double[].class) {
            final double[] doubles = new double[count];
            for (int i = 0; i < count; i++) {
                doubles[i] = in.readDoubleLE();
            }
            return doubles;
        } else {
            final boolean[] booleans = new boolean[count];
            for (int i = 0; i < count; i++) {
                booleans[i] = in.readByte() != 0;
            }
            return booleans;
        }
    }

    @Override
    public int elementMinSize() {
        return wire.size();
    }
}
