package io.vswitch.vpp.api.transport;

import io.netty.handler.codec.LengthFieldBasedFrameDecoder;

/**
 * Splits the byte stream of a VPP API socket into payloads: each decoded message is a {@code ByteBuf} holding
 * exactly one message's {@code data_len} bytes (starting with the {@code u16} message id), header stripped.
 * Copes with frames split over reads and with many frames in one read. Not sharable: one per channel.
 */
public final class VppFrameDecoder extends LengthFieldBasedFrameDecoder {
    /**
     * A decoder accepting payloads up to {@link VppFrames#DEFAULT_MAX_PAYLOAD}.
     */
    public VppFrameDecoder() {
        this(VppFrames.DEFAULT_MAX_PAYLOAD);
    }

    /**
     * A decoder accepting payloads up to {@code maxPayload} bytes; a longer frame fails with a
     * {@link io.netty.handler.codec.TooLongFrameException}.
     *
     * @param maxPayload the largest acceptable {@code data_len}
     */
    public VppFrameDecoder(final int maxPayload) {
        super(maxPayload + VppFrames.HEADER_LENGTH, VppFrames.DATA_LENGTH_OFFSET, VppFrames.DATA_LENGTH_SIZE,
            VppFrames.AFTER_DATA_LENGTH, VppFrames.HEADER_LENGTH);
    }
}
