package io.vswitch.vpp.api.codec;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The Java primitive integral types a VPP integer can be held in; a Java type at least as wide as the wire type
 * is required (an unsigned {@code u32} fits an {@code int} bit for bit).
 */
enum JavaIntegral {
    BYTE(byte.class, byte[].class, 1),
    SHORT(short.class, short[].class, 2),
    INT(int.class, int[].class, 4),
    LONG(long.class, long[].class, 8);

    private final Class<?> type;
    private final Class<?> arrayType;
    private final int size;

    JavaIntegral(final Class<?> type, final Class<?> arrayType, final int size) {
        this.type = type;
        this.arrayType = arrayType;
        this.size = size;
    }

    static @Nullable JavaIntegral of(final Class<?> type) {
        for (JavaIntegral integral : values()) {
            if (integral.type == type) {
                return integral;
            }
        }
        return null;
    }

    static @Nullable JavaIntegral ofArray(final Class<?> arrayType) {
        for (JavaIntegral integral : values()) {
            if (integral.arrayType == arrayType) {
                return integral;
            }
        }
        return null;
    }

    boolean holds(final Primitive wire) {
        return wire.isIntegral() && size >= wire.size();
    }

    /**
     * Boxes a value in this type's wrapper, as the record's canonical constructor expects it.
     */
    Object box(final long value) {
        return switch (this) {
            case BYTE -> (byte) value;
            case SHORT -> (short) value;
            case INT -> (int) value;
            case LONG -> value;
        };
    }
}
