package io.vswitch.vpp.api.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DecoderException;
import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.core.CliInbandReply;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ControlPingReply;
import io.vswitch.vpp.api.message.core.MessageTableEntry;
import io.vswitch.vpp.api.message.core.SockclntCreate;
import io.vswitch.vpp.api.message.core.SockclntCreateReply;
import io.vswitch.vpp.api.message.core.SockclntDeleteReply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact encodings of the core messages, computed by hand from the wire rules.
 */
class CoreMessageBytesTest {
    private final MessageRegistry registry = VppMessages.registry();

    private <T> byte[] encode(final Class<T> type, final T body) {
        final ByteBuf out = Unpooled.buffer();
        registry.descriptor(type).encode(body, out);
        return ByteBufUtil.getBytes(out);
    }

    @Test
    void controlPingHasAnEmptyBody() {
        assertArrayEquals(new byte[0], encode(ControlPing.class, new ControlPing()));
        final MessageDescriptor<ControlPing> descriptor = registry.descriptor(ControlPing.class);
        assertEquals("control_ping_51077d14", descriptor.nameCrc());
        assertEquals(MessageKind.REQUEST, descriptor.kind());
        assertEquals(MessageHeader.CLIENT_INDEX_CONTEXT, descriptor.header());
        assertEquals(ControlPingReply.class, descriptor.answerType());
    }

    @Test
    void controlPingReplyIsBigEndian() {
        final byte[] bytes = { (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe, 0, 0, 0, 7, 0, 0, 0x30, 0x39 };
        assertEquals(new ControlPingReply(-2, 7, 12345),
            registry.descriptor(ControlPingReply.class).decode(Unpooled.wrappedBuffer(bytes)));
        assertArrayEquals(bytes, encode(ControlPingReply.class, new ControlPingReply(-2, 7, 12345)));
    }

    @Test
    void sockclntCreateIsANulPaddedName() {
        final byte[] expected = new byte[64];
        System.arraycopy("vswitch".getBytes(StandardCharsets.US_ASCII), 0, expected, 0, 7);
        assertArrayEquals(expected, encode(SockclntCreate.class, new SockclntCreate("vswitch")));
        assertEquals(MessageHeader.CONTEXT, registry.descriptor(SockclntCreate.class).header());
        assertEquals(MessageHeader.CLIENT_INDEX_CONTEXT, registry.descriptor(SockclntCreateReply.class).header());
    }

    @Test
    void fixedStringMustLeaveRoomForNul() {
        final ByteBuf out = Unpooled.buffer();
        final MessageDescriptor<SockclntCreate> descriptor = registry.descriptor(SockclntCreate.class);
        assertThrows(IllegalArgumentException.class, () -> descriptor.encode(new SockclntCreate("x".repeat(64)), out));
        descriptor.encode(new SockclntCreate("x".repeat(63)), out);
        assertEquals(64, out.readableBytes());
    }

    @Test
    void sockclntCreateReplyDecodesItsMessageTable() {
        final ByteBuf in = Unpooled.buffer();
        in.writeInt(0).writeInt(0x01020304).writeShort(2);
        in.writeShort(23).writeBytes(padded("control_ping_51077d14", 64));
        in.writeShort(0x1234).writeBytes(padded("show_version_51077d14", 64));
        final SockclntCreateReply reply = registry.descriptor(SockclntCreateReply.class).decode(in);
        assertEquals(new SockclntCreateReply(0, 0x01020304, 2, List.of(
            new MessageTableEntry(23, "control_ping_51077d14"),
            new MessageTableEntry(0x1234, "show_version_51077d14"))), reply);
        assertEquals(0, in.readableBytes());
    }

    @Test
    void countMustMatchTheArray() {
        final ByteBuf out = Unpooled.buffer();
        final MessageDescriptor<SockclntCreateReply> descriptor = registry.descriptor(SockclntCreateReply.class);
        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> descriptor.encode(new SockclntCreateReply(0, 1, 3, List.of(new MessageTableEntry(1, "a"))), out));
        assertEquals("count is 3 but message_table has 1 elements", error.getMessage());
    }

    @Test
    void impossibleCountIsADecoderError() {
        final ByteBuf in = Unpooled.buffer();
        in.writeInt(0).writeInt(1).writeShort(1000);
        assertThrows(DecoderException.class, () -> registry.descriptor(SockclntCreateReply.class).decode(in));
    }

    @Test
    void truncatedBodyIsADecoderError() {
        final ByteBuf in = Unpooled.buffer().writeInt(0).writeShort(1);
        assertThrows(DecoderException.class, () -> registry.descriptor(ControlPingReply.class).decode(in));
    }

    @Test
    void sockclntDeleteReplySuccessIsResponseOne() {
        assertEquals(0, new SockclntDeleteReply(1).retval());
        assertEquals(-1, new SockclntDeleteReply(-1).retval());
        assertEquals(-1, new SockclntDeleteReply(0).retval());
    }

    @Test
    void variableStringIsLengthThenBytes() {
        final byte[] expected = { 0, 0, 0, 12, 's', 'h', 'o', 'w', ' ', 'v', 'e', 'r', 's', 'i', 'o', 'n' };
        assertArrayEquals(expected, encode(CliInband.class, new CliInband("show version")));
        final ByteBuf in = Unpooled.buffer().writeInt(0).writeInt(3).writeBytes("é\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(new CliInbandReply(0, "é\n"), registry.descriptor(CliInbandReply.class).decode(in));
    }

    private static byte[] padded(final String text, final int length) {
        final byte[] bytes = new byte[length];
        final byte[] source = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(source, 0, bytes, 0, source.length);
        return bytes;
    }
}
