package io.vswitch.vpp.api.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.TooLongFrameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VppFrameCodecTest {
    private static final Random RANDOM = new Random(42);

    @Test
    void encoderPrependsHeader() {
        final EmbeddedChannel channel = new EmbeddedChannel(new VppFrameEncoder());
        assertTrue(channel.writeOutbound(Unpooled.wrappedBuffer(new byte[] {0, 23, 1, 2, 3})));
        final ByteBuf frame = channel.readOutbound();
        assertEquals(21, frame.readableBytes());
        assertEquals(0L, frame.readLong());
        assertEquals(5, frame.readInt());
        assertEquals(0, frame.readInt());
        assertArrayEquals(new byte[] {0, 23, 1, 2, 3}, ByteBufUtil.getBytes(frame));
        frame.release();
        assertNull(channel.readOutbound());
        channel.finishAndReleaseAll();
    }

    @Test
    void decoderIgnoresQueueAndMarkFields() {
        final ByteBuf wire = Unpooled.buffer();
        wire.writeLong(0x1122334455667788L).writeInt(3).writeInt(0xdeadbeef).writeBytes(new byte[] {7, 8, 9});
        final List<byte[]> payloads = decode(List.of(wire));
        assertEquals(1, payloads.size());
        assertArrayEquals(new byte[] {7, 8, 9}, payloads.get(0));
    }

    @Test
    void decoderJoinsSplitReads() {
        final byte[] payload = randomBytes(300);
        final byte[] wire = frame(payload);
        // one byte at a time: the header itself arrives in pieces
        final List<ByteBuf> reads = new ArrayList<>();
        for (byte b : wire) {
            reads.add(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        final List<byte[]> payloads = decode(reads);
        assertEquals(1, payloads.size());
        assertArrayEquals(payload, payloads.get(0));
    }

    @Test
    void decoderSplitsCoalescedReads() {
        final List<byte[]> sent = new ArrayList<>();
        final ByteBuf wire = Unpooled.buffer();
        for (int i = 0; i < 100; i++) {
            final byte[] payload = randomBytes(2 + RANDOM.nextInt(400));
            sent.add(payload);
            wire.writeBytes(frame(payload));
        }
        // cut the coalesced stream at arbitrary points: reads end mid-header and mid-payload
        final List<ByteBuf> reads = new ArrayList<>();
        while (wire.isReadable()) {
            reads.add(wire.readRetainedSlice(Math.min(wire.readableBytes(), 1 + RANDOM.nextInt(700))));
        }
        wire.release();
        final List<byte[]> payloads = decode(reads);
        assertEquals(sent.size(), payloads.size());
        for (int i = 0; i < sent.size(); i++) {
            assertArrayEquals(sent.get(i), payloads.get(i), "payload " + i);
        }
    }

    @Test
    void roundTripsOneMebibytePayload() {
        final byte[] payload = randomBytes(1024 * 1024);
        final EmbeddedChannel encoder = new EmbeddedChannel(new VppFrameEncoder());
        encoder.writeOutbound(Unpooled.wrappedBuffer(payload));
        final ByteBuf wire = encoder.readOutbound();
        assertEquals(VppFrames.HEADER_LENGTH + payload.length, wire.readableBytes());
        final List<ByteBuf> reads = new ArrayList<>();
        while (wire.isReadable()) {
            reads.add(wire.readRetainedSlice(Math.min(wire.readableBytes(), 65_536)));
        }
        wire.release();
        final List<byte[]> payloads = decode(reads);
        assertEquals(1, payloads.size());
        assertArrayEquals(payload, payloads.get(0));
        encoder.finishAndReleaseAll();
    }

    @Test
    void decoderRejectsFrameAboveLimit() {
        final EmbeddedChannel channel = new EmbeddedChannel(new VppFrameDecoder(1000));
        final ByteBuf wire = Unpooled.wrappedBuffer(frame(randomBytes(1001)));
        assertThrows(TooLongFrameException.class, () -> channel.writeInbound(wire));
        channel.finishAndReleaseAll();
    }

    @Test
    void inPlaceFramingMatchesEncoder() {
        final byte[] payload = randomBytes(57);
        final ByteBuf out = Unpooled.buffer();
        out.writeByte(0xff);
        final int start = VppFrames.reserveHeader(out);
        out.writeBytes(payload);
        VppFrames.completeHeader(out, start);
        out.skipBytes(1);
        assertArrayEquals(frame(payload), ByteBufUtil.getBytes(out));
        out.release();
    }

    private static List<byte[]> decode(final List<ByteBuf> reads) {
        final EmbeddedChannel channel = new EmbeddedChannel(new VppFrameDecoder());
        final List<byte[]> payloads = new ArrayList<>();
        for (ByteBuf read : reads) {
            channel.writeInbound(read);
            for (ByteBuf payload = channel.readInbound(); payload != null; payload = channel.readInbound()) {
                payloads.add(ByteBufUtil.getBytes(payload));
                payload.release();
            }
        }
        assertTrue(!channel.finish() || channel.inboundMessages().isEmpty());
        return payloads;
    }

    private static byte[] frame(final byte[] payload) {
        final ByteBuf buf = Unpooled.buffer();
        buf.writeLong(0).writeInt(payload.length).writeInt(0).writeBytes(payload);
        final byte[] bytes = ByteBufUtil.getBytes(buf);
        buf.release();
        return bytes;
    }

    private static byte[] randomBytes(final int length) {
        final byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
