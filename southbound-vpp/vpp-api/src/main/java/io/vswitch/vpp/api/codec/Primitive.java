package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The primitive wire types of the VPP API. Integers are big-endian; {@code f64} is little-endian (VPP does not
 * swap it); {@code bool} is one byte.
 */
enum Primitive {
    U8("u8", 1, false),
    I8("i8", 1, true),
    U16("u16", 2, false),
    I16("i16", 2, true),
    U32("u32", 4, false),
    I32("i32", 4, true),
    U64("u64", 8, false),
    I64("i64", 8, true),
    F64("f64", 8, true),
    BOOL("bool", 1, false);

    private final String vppName;
    private final int size;
    private final boolean signed;

    Primitive(final String vppName, final int size, final boolean signed) {
        this.vppName = vppName;
        this.size = size;
        this.signed = signed;
    }

    static @Nullable Primitive of(final String vppName) {
        for (Primitive primitive : values()) {
            if (primitive.vppName.equals(vppName)) {
                return primitive;
            }
        }
        return null;
    }

    String vppName() {
        return vppName;
    }

    int size() {
        return size;
    }

    boolean isIntegral() {
        return this != F64 && this != BOOL;
    }

    /**
     * The bits of the wire value, for reading a count as an unsigned number.
     */
    long mask() {
        return size == Long.BYTES ? -1L : (1L << Byte.SIZE * size) - 1;
    }

    void writeIntegral(final ByteBuf out, final long value) {
        switch (size) {
            case 1 -> out.writeByte((int) value);
            case 2 -> out.writeShort((int) value);
            case 4 -> out.writeInt((int) value);
            default -> out.writeLong(value);
        }
    }

    /**
     * Reads an integral value: unsigned types are zero-extended, signed ones sign-extended.
     */
    long readIntegral(final ByteBuf in) {
        return switch (size) {
            case 1 -> signed ? in.readByte() : in.readUnsignedByte();
            case 2 -> signed ? in.readShort() : in.readUnsignedShort();
            case 4 -> signed ? in.readInt() : in.readUnsignedInt();
            default -> in.readLong();
        };
    }
}
