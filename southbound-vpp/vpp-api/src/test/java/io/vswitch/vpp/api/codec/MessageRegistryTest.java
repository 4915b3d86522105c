package io.vswitch.vpp.api.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.vswitch.vpp.api.codec.InvalidDefinitions.BadCount;
import io.vswitch.vpp.api.codec.InvalidDefinitions.BadCrc;
import io.vswitch.vpp.api.codec.InvalidDefinitions.DuplicateReply;
import io.vswitch.vpp.api.codec.InvalidDefinitions.MissingField;
import io.vswitch.vpp.api.codec.InvalidDefinitions.TestReply;
import io.vswitch.vpp.api.codec.InvalidDefinitions.TooNarrow;
import io.vswitch.vpp.api.codec.InvalidDefinitions.TwoKinds;
import io.vswitch.vpp.api.codec.InvalidDefinitions.UnknownType;
import io.vswitch.vpp.api.codec.InvalidDefinitions.WideValues;
import io.vswitch.vpp.api.definition.VppMessageBody;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ControlPingReply;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Building a registry checks definitions and says what is wrong; lookups work as documented.
 */
class MessageRegistryTest {

    private static String refusal(final List<Class<? extends VppMessageBody>> types) {
        return assertThrows(IllegalArgumentException.class, () -> MessageRegistry.of(types)).getMessage();
    }

    @Test
    void refusesInvalidDefinitions() {
        assertEquals("MissingField.value has no @VppField", refusal(List.of(MissingField.class, TestReply.class)));
        assertEquals("TooNarrow.value: a u32 cannot be held in a short",
            refusal(List.of(TooNarrow.class, TestReply.class)));
        assertEquals("BadCount.values: no earlier integer field named nope",
            refusal(List.of(BadCount.class, TestReply.class)));
        assertEquals("UnknownType.value: vl_api_nope_t is neither declared by a @VppAlias nor held in a @VppType "
            + "record", refusal(List.of(UnknownType.class, TestReply.class)));
        assertTrue(refusal(List.of(BadCrc.class, TestReply.class)).contains("8 lower-case hex digits"));
        assertTrue(refusal(List.of(TwoKinds.class)).contains("exactly one message kind"));
        assertEquals("Two records define test_reply_00000001",
            refusal(List.of(TestReply.class, DuplicateReply.class)));
        assertEquals("control_ping is answered by ControlPingReply, which is not registered",
            refusal(List.of(ControlPing.class)));
    }

    @Test
    void lookups() {
        final MessageRegistry registry = MessageRegistry.of(List.of(ControlPing.class, ControlPingReply.class));
        final MessageDescriptor<ControlPing> ping = registry.descriptor(ControlPing.class);
        assertEquals(ping, registry.byNameCrc("control_ping_51077d14").orElseThrow());
        assertEquals(ping, registry.descriptorOf(new ControlPing()));
        assertTrue(registry.byNameCrc("control_ping_00000000").isEmpty());
        assertTrue(registry.contains(ControlPingReply.class));
        assertEquals(List.of(ping, registry.descriptor(ControlPingReply.class)), registry.all());
        assertEquals("core", ping.area());
        assertThrows(IllegalArgumentException.class, () -> registry.descriptor(TestReply.class));
        assertThrows(ClassCastException.class, () -> ping.encodeAny(new ControlPingReply(0, 0, 0),
            Unpooled.buffer()));
    }

    @Test
    void javaTypesWiderThanTheWireKeepUnsignedValues() {
        final MessageDescriptor<WideValues> descriptor = MessageRegistry.of(List.of(WideValues.class,
            TestReply.class)).descriptor(WideValues.class);
        final WideValues values = new WideValues(0xfe, -2, (short) 0xfffe, 0xfffffffeL, (byte) 0xfe,
            new int[] { 0xfffe, 1 }, List.of(new byte[] { 1, 2, 3, 4, 5, 6 }, new byte[6]));
        final ByteBuf out = Unpooled.buffer();
        descriptor.encode(values, out);
        assertEquals("fe" + "fffe" + "fffe" + "fffffffe" + "fe" + "fffe0001" + "010203040506" + "000000000000",
            ByteBufUtil.hexDump(out));
        final WideValues decoded = descriptor.decode(out);
        assertEquals(0xfe, decoded.wideByte());
        assertEquals(-2, decoded.signedShort());
        assertEquals((short) 0xfffe, decoded.unsignedShort());
        assertEquals(0xfffffffeL, decoded.unsignedInt());
        assertEquals((byte) 0xfe, decoded.narrowByte());
        assertArrayEquals(new int[] { 0xfffe, 1 }, decoded.shorts());
        assertArrayEquals(new byte[] { 1, 2, 3, 4, 5, 6 }, decoded.macs().get(0));
    }

    @Test
    void fixedArraysMustHaveTheirLength() {
        final MessageDescriptor<WideValues> descriptor = MessageRegistry.of(List.of(WideValues.class,
            TestReply.class)).descriptor(WideValues.class);
        final WideValues shortArray = new WideValues(0, 0, (short) 0, 0, (byte) 0, new int[] { 1 },
            List.of(new byte[6], new byte[6]));
        assertEquals("WideValues.shorts must have exactly 2 elements, not 1", assertThrows(
            IllegalArgumentException.class, () -> descriptor.encode(shortArray, Unpooled.buffer())).getMessage());
        final WideValues shortMac = new WideValues(0, 0, (short) 0, 0, (byte) 0, new int[2],
            List.of(new byte[6], new byte[5]));
        assertEquals("WideValues.macs must have exactly 6 elements, not 5", assertThrows(
            IllegalArgumentException.class, () -> descriptor.encode(shortMac, Unpooled.buffer())).getMessage());
    }
}
