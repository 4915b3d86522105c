package io.vswitch.vpp.api.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceEvent;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.l3.IpNeighbor;
import io.vswitch.vpp.api.message.l3.IpNeighborDetails;
import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.l3.IpRouteAddDel;
import io.vswitch.vpp.api.message.types.Address;
import io.vswitch.vpp.api.message.types.FibMplsLabel;
import io.vswitch.vpp.api.message.types.FibPath;
import io.vswitch.vpp.api.message.types.FibPathNh;
import io.vswitch.vpp.api.message.types.Prefix;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact encodings of area messages, computed by hand from the wire rules.
 */
class AreaMessageBytesTest {
    private static final FibMplsLabel NO_LABEL = new FibMplsLabel(0, 0, 0, 0);

    private final MessageRegistry registry = VppMessages.registry();

    private <T> String hex(final Class<T> type, final T body) {
        final ByteBuf out = Unpooled.buffer();
        registry.descriptor(type).encode(body, out);
        return ByteBufUtil.hexDump(out);
    }

    private static byte[] ip4(final int... octets) {
        final byte[] union = new byte[16];
        for (int i = 0; i < octets.length; i++) {
            union[i] = (byte) octets[i];
        }
        return union;
    }

    @Test
    void ipRouteAddDelWithOnePath() {
        final FibPath path = new FibPath(3, 0, 0, 1, 0, 0, 0, 0, new FibPathNh(ip4(10, 1, 2, 1), 0, 0, -1), 0,
            Collections.nCopies(16, NO_LABEL));
        final IpRouteAddDel add = new IpRouteAddDel(true, false, new IpRoute(10, -1,
            new Prefix(new Address(0, ip4(10, 1, 2, 0)), 24), 1, List.of(path)));
        final String expected = "01" + "00"                        // is_add, is_multipath
            + "0000000a" + "ffffffff"                               // table_id, stats_index
            + "00" + "0a010200" + "00".repeat(12) + "18"            // prefix: af, union, len
            + "01"                                                  // n_paths
            + "00000003" + "00000000" + "00000000"                  // sw_if_index, table_id, rpf_id
            + "01" + "00"                                           // weight, preference
            + "00000000" + "00000000" + "00000000"                  // type, flags, proto
            + "0a010201" + "00".repeat(12)                          // nh.address
            + "00000000" + "00000000" + "ffffffff"                  // via_label, obj_id, classify_table_index
            + "00"                                                  // n_labels
            + "00".repeat(16 * 7);                                  // label_stack
        assertEquals(expected, hex(IpRouteAddDel.class, add));
        assertEquals(196, expected.length() / 2);
    }

    @Test
    void f64IsLittleEndian() {
        final byte[] mac = { 2, 0, 0, 0, 0, 1 };
        final IpNeighborDetails details = new IpNeighborDetails(1.0,
            new IpNeighbor(7, 1, mac, new Address(0, ip4(192, 168, 0, 1))));
        final String expected = "000000000000f03f" + "00000007" + "01" + "020000000001" + "00" + "c0a80001"
            + "00".repeat(12);
        assertEquals(expected, hex(IpNeighborDetails.class, details));

        final ByteBuf in = Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(expected.replace("000000000000f03f",
            "0000000000000440")));
        final IpNeighborDetails decoded = registry.descriptor(IpNeighborDetails.class).decode(in);
        assertEquals(2.5, decoded.age());
        assertArrayEquals(mac, decoded.neighbor().macAddress());
    }

    @Test
    void swInterfaceSetFlagsIsTwoBigEndianWords() {
        assertEquals("00000005" + "00000001", hex(SwInterfaceSetFlags.class, new SwInterfaceSetFlags(5, 1)));
    }

    @Test
    void eventsHaveNoContext() {
        final MessageDescriptor<SwInterfaceEvent> descriptor = registry.descriptor(SwInterfaceEvent.class);
        assertEquals(MessageKind.EVENT, descriptor.kind());
        assertEquals(MessageHeader.CLIENT_INDEX, descriptor.header());
        assertEquals(-1, descriptor.header().contextOffset());
        assertEquals(new SwInterfaceEvent(4242, 2, 3, true), descriptor.decode(Unpooled.wrappedBuffer(
            ByteBufUtil.decodeHexDump("00001092" + "00000002" + "00000003" + "01"))));
    }

    @Test
    void headerWritesOnlyItsFields() {
        final ByteBuf out = Unpooled.buffer();
        MessageHeader.CLIENT_INDEX_CONTEXT.write(out, 0x0102, 0x03040506, 0x0708090a);
        MessageHeader.CONTEXT.write(out, 0x0b0c, 0x11111111, 0x0d0e0f10);
        MessageHeader.CLIENT_INDEX.write(out, 0x0b0c, 0x03040506, 0x22222222);
        assertEquals("0102" + "03040506" + "0708090a" + "0b0c" + "0d0e0f10" + "0b0c" + "03040506",
            ByteBufUtil.hexDump(out));
        assertEquals(10, MessageHeader.CLIENT_INDEX_CONTEXT.size());
        assertEquals(6, MessageHeader.CONTEXT.size());
        assertEquals(2, MessageHeader.CONTEXT.contextOffset());
        assertEquals(6, MessageHeader.CLIENT_INDEX_CONTEXT.contextOffset());
    }
}
