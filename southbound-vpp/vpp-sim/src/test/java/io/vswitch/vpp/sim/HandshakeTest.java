package io.vswitch.vpp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ControlPingReply;
import io.vswitch.vpp.api.message.core.SockclntDelete;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlagsReply;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceTagAddDel;
import io.vswitch.vpp.sim.area.core.CoreArea;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandshakeTest extends SimulatorTestSupport {
    @Test
    void memclntMessagesHaveTheirFixedIds() {
        final Map<String, Integer> ids = client.ids();
        assertEquals(15, ids.get("sockclnt_create_455fb9c4"));
        assertEquals(16, ids.get("sockclnt_create_reply_35166268"));
        assertEquals(17, ids.get("sockclnt_delete_8ac76db6"));
        assertEquals(18, ids.get("sockclnt_delete_reply_8f38b1ee"));
        assertEquals(23, ids.get("control_ping_51077d14"));
        assertEquals(24, ids.get("control_ping_reply_f6b0b8ca"));
        assertEquals(12, ids.get("api_versions_51077d14"));
        assertEquals(13, ids.get("api_versions_reply_5f0d99d6"));
    }

    @Test
    void everyEntryUsesTheProjectsNameAndCrc() {
        for (String nameCrc : client.ids().keySet()) {
            assertTrue(REGISTRY.byNameCrc(nameCrc).isPresent(), nameCrc);
        }
        assertEquals(sim.messageIds(), sortedById(client.ids()));
    }

    private static Map<String, Integer> sortedById(final Map<String, Integer> ids) {
        final List<Map.Entry<String, Integer>> entries = new ArrayList<>(ids.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        final Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    @Test
    void onlyImplementedMessagesGetIds() throws IOException {
        assertTrue(client.ids().containsKey(REGISTRY.descriptor(SwInterfaceDump.class).nameCrc()));
        assertTrue(client.ids().containsKey("sw_interface_event_2d3d95a7"));
        try (VppSimulator coreOnly = new VppSimulator(SimulatorOptions.defaults(), List.of(new CoreArea()))) {
            coreOnly.start(tempDir.resolve("core.sock"));
            try (RawClient coreClient = RawClient.connect(tempDir.resolve("core.sock"), REGISTRY)) {
                assertTrue(coreClient.ids().containsKey("control_ping_51077d14"));
                assertFalse(coreClient.ids().containsKey("sw_interface_dump_aa610c27"));
                assertEquals(12, coreClient.ids().size(), "handshake, ping, versions, cli: requests and replies");
            }
        }
    }

    @Test
    void modulesAreNumberedInFileOrderCoreBeforePlugins() {
        final Map<String, Integer> ids = client.ids();
        // vlib (cli_inband) comes first after memclnt, then vpe, interface, ip; then plugins by name
        assertEquals(29, ids.get("cli_inband_f8377302"));
        assertEquals(30, ids.get("cli_inband_reply_05879051"));
        assertEquals(31, ids.get("show_version_51077d14"));
        final int setFlags = ids.get("sw_interface_set_flags_f5aec1b8");
        assertEquals(setFlags + 1, ids.get("sw_interface_set_flags_reply_e8d4e804"));
        assertTrue(ids.get("sw_interface_dump_aa610c27") < ids.get("create_loopback_42bb5d22"));
        assertTrue(ids.get("ip_address_dump_2d033de4") > ids.get("create_loopback_42bb5d22"));
        final int afPacket = ids.get("af_packet_create_v3_b3a809d4");
        final int memif = ids.get("memif_create_v2_8c7de5f7");
        final int tap = ids.get("tap_create_v3_3f3fd1df");
        final int vxlan = ids.get("vxlan_add_del_tunnel_v3_0072b037");
        assertTrue(ids.get("ip_address_dump_2d033de4") < afPacket && afPacket < memif && memif < tap
            && tap < vxlan);
        final int maxId = ids.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        // dense like VPP: memclnt takes ids 1-28, of which the table lists only the 8 the simulator serves
        assertEquals(maxId, ids.size() + 28 - 8);
    }

    @Test
    void clientIndexIsASocketHandle() throws IOException {
        assertEquals(0x8000_0001, client.clientIndex());
        try (RawClient second = connect()) {
            assertEquals(0x8000_0002, second.clientIndex());
        }
    }

    @Test
    void repliesEchoTheContext() {
        final int context = client.sendRequest(new ControlPing());
        final RawClient.Frame frame = client.next();
        assertEquals(client.id(ControlPingReply.class), frame.id());
        assertEquals(context, frame.payload().getInt(0));
    }

    @Test
    void unknownIdsGetNoReply() {
        final ByteBuf unknown = Unpooled.buffer();
        unknown.writeShort(4000).writeInt(client.clientIndex()).writeInt(77);
        client.send(unknown);
        assertPingIsNextReply();
    }

    @Test
    void truncatedRequestsGetNoReply() {
        final ByteBuf full = client.encode(new SwInterfaceTagAddDel(true, 0, "x"), client.clientIndex(), 5);
        client.send(full.slice(0, 12));
        assertPingIsNextReply();
    }

    @Test
    void wrongClientIndexGetsNoReplyButVppStillActs() {
        client.send(client.encode(new CreateLoopback(new byte[6]), 0x8000_0009, 6));
        assertPingIsNextReply();
        final List<SwInterfaceDetails> interfaces = dump(new SwInterfaceDump(ALL, false, ""));
        assertEquals(List.of("local0", "loop0"), interfaces.stream().map(SwInterfaceDetails::interfaceName).toList());
    }

    @Test
    void wrongClientIndexDumpsNothing() {
        client.send(client.encode(new SwInterfaceDump(ALL, false, ""), 0x8000_0009, 8));
        assertPingIsNextReply();
    }

    private void assertPingIsNextReply() {
        final int context = client.sendRequest(new ControlPing());
        final RawClient.Frame frame = client.next();
        assertEquals(client.id(ControlPingReply.class), frame.id(), () -> "got " + client.nameOf(frame));
        assertEquals(context, frame.payload().getInt(0));
    }

    @Test
    void sockclntDeleteAnswersAndCloses() {
        final int context = client.sendRequest(new SockclntDelete(client.clientIndex()));
        final RawClient.Frame frame = client.next();
        assertEquals(18, frame.id());
        assertEquals(context, frame.payload().getInt(0));
        assertEquals(1, frame.payload().getInt(4));
        assertTrue(client.awaitClosedByPeer(RawClient.TIMEOUT));
        assertTrue(client.poll(Duration.ZERO).isEmpty());
    }

    @Test
    void sockclntDeleteOfAnUnknownHandleFails() {
        client.sendRequest(new SockclntDelete(0x8000_0042));
        final RawClient.Frame frame = client.next();
        assertEquals(18, frame.id());
        assertEquals(-1, frame.payload().getInt(4));
        assertPingIsNextReply();
    }

    @Test
    void requestsAreHandledInOrder() {
        client.call(new CreateLoopback(new byte[6]));
        final List<Integer> contexts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            contexts.add(client.sendRequest(new SwInterfaceSetFlags(1, i % 2)));
        }
        final int replyId = client.id(SwInterfaceSetFlagsReply.class);
        for (int expected : contexts) {
            final RawClient.Frame frame = client.next();
            assertEquals(replyId, frame.id());
            assertEquals(expected, frame.payload().getInt(0));
            assertEquals(0, frame.payload().getInt(4));
        }
    }

    @Test
    void restartGivesAFreshStateAndShiftedIds() throws IOException {
        client.call(new CreateLoopback(new byte[6]));
        final int before = client.ids().get("show_version_51077d14");
        sim.restart();
        assertTrue(client.awaitClosedByPeer(RawClient.TIMEOUT));
        client.close();
        client = connect();
        assertEquals(15, SockclntIds.create());
        assertEquals(23, client.ids().get("control_ping_51077d14"));
        assertNotEquals(before, client.ids().get("show_version_51077d14"));
        assertEquals(before + SimulatorOptions.defaults().idShiftPerRestart(),
            client.ids().get("show_version_51077d14"));
        assertEquals(List.of("local0"), dump(new SwInterfaceDump(ALL, false, "")).stream()
            .map(SwInterfaceDetails::interfaceName).toList());
    }

    /** The fixed handshake ids, as every client hard-codes them. */
    private static final class SockclntIds {
        static int create() {
            return 15;
        }
    }
}
