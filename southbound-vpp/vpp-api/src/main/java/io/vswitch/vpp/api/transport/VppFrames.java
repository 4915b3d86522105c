package io.vswitch.vpp.api.transport;

import io.netty.buffer.ByteBuf;

/**
 * The frame header VPP puts before every message on its API socket:
 * {@code u64 q = 0 | u32 data_len (big-endian) | u32 gc_mark = 0}, then {@code data_len} bytes of payload
 * starting with the {@code u16} message id.
 *
 * <p>Besides the constants, this offers in-place framing for writers that encode many messages straight into
 * one buffer: {@link #reserveHeader(ByteBuf)}, encode the payload, then {@link #completeHeader(ByteBuf, int)}.
 */
public final class VppFrames {
    /** Length of the frame header in bytes. */
    public static final int HEADER_LENGTH = 16;
    /** Offset of {@code data_len} in the header. */
    public static final int DATA_LENGTH_OFFSET = 8;
    /** Size of {@code data_len}. */
    public static final int DATA_LENGTH_SIZE = 4;
    /** Bytes of header after {@code data_len} ({@code gc_mark}). */
    public static final int AFTER_DATA_LENGTH = HEADER_LENGTH - DATA_LENGTH_OFFSET - DATA_LENGTH_SIZE;
    /** Default largest payload accepted by {@link VppFrameDecoder}: far above VPP's largest message. */
    public static final int DEFAULT_MAX_PAYLOAD = 64 * 1024 * 1024;

    private VppFrames() {
        // constants and static helpers only
    }

    /**
     * Writes a complete header for a payload of the given length.
     *
     * @param out the buffer to write to
     * @param payloadLength the payload length that follows the header
     */
    public static void writeHeader(final ByteBuf out, final int payloadLength) {
        out.writeLong(0L);
        out.writeInt(payloadLength);
        out.writeInt(0);
    }

    /**
     * Writes a header with a zero length, to be completed by {@link #completeHeader(ByteBuf, int)} once the
     * payload has been written after it.
     *
     * @param out the buffer to write to
     * @return the writer index at which the header starts
     */
    public static int reserveHeader(final ByteBuf out) {
        final int start = out.writerIndex();
        writeHeader(out, 0);
        return start;
    }

    /**
     * Sets {@code data_len} of the header reserved at {@code headerStart} to the bytes written since it.
     *
     * @param out the buffer holding the header and payload
     * @param headerStart the value {@link #reserveHeader(ByteBuf)} returned
     */
    public static void completeHeader(final ByteBuf out, final int headerStart) {
        out.setInt(headerStart + DATA_LENGTH_OFFSET, out.writerIndex() - headerStart - HEADER_LENGTH);
    }
}
