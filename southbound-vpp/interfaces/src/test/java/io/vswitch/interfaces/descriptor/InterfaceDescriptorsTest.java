package io.vswitch.interfaces.descriptor;

import static io.vswitch.interfaces.descriptor.SimHarness.NODE;
import static io.vswitch.interfaces.descriptor.SimHarness.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.AfPacketType;
import io.vswitch.interfaces.item.LoopbackType;
import io.vswitch.interfaces.item.MemifMode;
import io.vswitch.interfaces.item.MemifRole;
import io.vswitch.interfaces.item.MemifSocket;
import io.vswitch.interfaces.item.MemifType;
import io.vswitch.interfaces.item.RxMode;
import io.vswitch.interfaces.item.SubInterfaceType;
import io.vswitch.interfaces.item.TapType;
import io.vswitch.interfaces.item.VxlanType;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.api.TransactionResult;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.vpp.api.client.VppConnectionListener;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.sim.state.InterfaceKind;
import io.vswitch.vpp.sim.state.SimInterface;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every descriptor of the area against the simulator, through a real scheduler and client.
 */
class InterfaceDescriptorsTest {
    private static final String CUSTOM_SOCKET = "/tmp/vswitch-test/memif-a.sock";

    @TempDir
    Path dir;

    private SimHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new SimHarness(dir);
        harness.connect();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static MemifType memif(final String socket, final int id) {
        return new MemifType(socket, id, MemifRole.MASTER, MemifMode.ETHERNET, 1024, 2048, 1, 1, "");
    }

    /** One interface of every kind, the memifs with their socket items, as the mapping would give them. */
    private static Map<ItemKey, Object> everyKind() {
        final Map<ItemKey, Object> items = new LinkedHashMap<>();
        items.put(key("loop0"), Items.of("loop0", new LoopbackType()).item());
        items.put(key("memif-default"), Items.of("memif-default", memif(MemifType.DEFAULT_SOCKET, 1)).item());
        items.put(InterfaceKeys.memifSocketKey(NODE, MemifType.DEFAULT_SOCKET),
            new MemifSocket(MemifType.DEFAULT_SOCKET));
        items.put(key("memif-a"), Items.of("memif-a", memif(CUSTOM_SOCKET, 7)).item());
        items.put(InterfaceKeys.memifSocketKey(NODE, CUSTOM_SOCKET), new MemifSocket(CUSTOM_SOCKET));
        items.put(key("uplink"), Items.of("uplink", new AfPacketType("eth0")).item());
        items.put(key("tap-a"), Items.of("tap-a", new TapType("vpp-tap-a", "ns1", 512, 1024)).item());
        items.put(key("vx1"), Items.of("vx1", new VxlanType(InetAddresses.forString("10.0.0.1"),
            InetAddresses.forString("10.0.0.2"), 42, 0)).item());
        items.put(key("loop0.10"), Items.of("loop0.10", new SubInterfaceType("loop0", 10, 100)).item());
        return items;
    }

    private static void assertAllApplied(final TransactionResult result) {
        result.statuses().values().forEach(status ->
            assertEquals(ItemState.APPLIED, status.state(), status::toString));
        assertTrue(result.allApplied(), result.statuses().toString());
    }

    @Test
    void createsEveryKindTaggedWithItsName() throws Exception {
        assertAllApplied(harness.apply(everyKind()));

        assertTrue(harness.tagged("loop0").kind() instanceof InterfaceKind.Loopback);
        final var memifDefault = (InterfaceKind.Memif) harness.tagged("memif-default").kind();
        assertEquals(0, memifDefault.socketId(), "the default socket file is VPP's socket id 0");
        assertEquals(1, memifDefault.id());
        final var memifA = (InterfaceKind.Memif) harness.tagged("memif-a").kind();
        assertNotEquals(0, memifA.socketId());
        assertEquals(7, memifA.id());
        assertEquals(CUSTOM_SOCKET, harness.simulator.inspect(state ->
            state.memifSockets().filename(memifA.socketId()).orElseThrow()));
        assertEquals(Integer.valueOf(2),
            harness.simulator.<Integer>inspect(state -> state.memifSockets().all().size()),
            "the default socket is not registered again");
        assertEquals("eth0", ((InterfaceKind.AfPacket) harness.tagged("uplink").kind()).hostIfName());
        final var tap = (InterfaceKind.Tap) harness.tagged("tap-a").kind();
        assertEquals("vpp-tap-a", tap.hostIfName());
        assertEquals("ns1", tap.hostNamespace());
        assertEquals(512, tap.rxRingSize());
        assertEquals(1024, tap.txRingSize());
        final var vxlan = (InterfaceKind.Vxlan) harness.tagged("vx1").kind();
        assertEquals(42, vxlan.vni());
        assertEquals(InetAddresses.forString("10.0.0.2"), vxlan.dst());
        final SimInterface sub = harness.tagged("loop0.10");
        assertEquals(harness.tagged("loop0").swIfIndex(), sub.supSwIfIndex());
        final var subKind = (InterfaceKind.SubInterface) sub.kind();
        assertEquals(10, subKind.subId());
        assertEquals(100, subKind.outerVlanId());
        assertTrue(subKind.exactMatch());
        harness.interfaces().stream().filter(iface -> !iface.tag().isEmpty())
            .forEach(iface -> assertTrue(iface.adminUp(), iface.name() + " is admin up"));

        final String show = harness.client.call(new CliInband("show interface"))
            .get(SimHarness.WAIT.toMillis(), TimeUnit.MILLISECONDS).reply();
        assertTrue(show.contains("vxlan_tunnel0"), show);
    }

    @Test
    void appliesEveryDerivedAspect() throws Exception {
        final Map<ItemKey, Object> items = new LinkedHashMap<>();
        items.put(key("lo1"), Items.of("lo1", new LoopbackType()).mtu(1400).mac("02:fe:00:00:00:01")
            .addresses("10.1.0.1/24", "2001:db8::1/64").item());
        items.put(key("lo2"), Items.of("lo2", new LoopbackType()).unnumbered("lo1").item());
        items.put(key("uplink"), Items.of("uplink", new AfPacketType("eth1")).rxMode(RxMode.INTERRUPT).item());
        final TransactionResult result = harness.apply(items);
        assertAllApplied(result);
        assertEquals(ItemState.APPLIED, harness.status(key("lo1").child("address", "2001:db8::1", "64")).state());

        final SimInterface lo1 = harness.tagged("lo1");
        assertTrue(lo1.adminUp());
        assertEquals(1400, lo1.mtu().l3());
        assertEquals("02:fe:00:00:00:01", lo1.mac().toString());
        assertEquals(List.of("10.1.0.1/24", "2001:db8::1/64"),
            lo1.addresses().stream().map(address -> address.prefix().toString()).sorted().toList());
        assertEquals(lo1.swIfIndex(), harness.tagged("lo2").unnumberedOf());
        assertEquals(io.vswitch.vpp.sim.state.RxMode.INTERRUPT, harness.tagged("uplink").rxMode());
    }

    @Test
    void disabledInterfaceStaysDown() throws Exception {
        assertAllApplied(harness.apply(Map.of(key("lo1"), Items.of("lo1", new LoopbackType()).enabled(false).item())));
        assertFalse(harness.tagged("lo1").adminUp());
        assertAllApplied(harness.apply(Map.of(key("lo1"), Items.of("lo1", new LoopbackType()).item())));
        assertTrue(harness.tagged("lo1").adminUp());
        assertAllApplied(harness.apply(Map.of(key("lo1"), Items.of("lo1", new LoopbackType()).enabled(false).item())));
        assertFalse(harness.tagged("lo1").adminUp(), "removing the admin item takes the interface down");
    }

    @Test
    void subInterfaceWaitsForItsParent() throws Exception {
        final ItemKey sub = key("eth.5");
        final TransactionResult pending = harness.apply(Map.of(sub,
            Items.of("eth.5", new SubInterfaceType("eth", 5, 5)).item()));
        final ItemStatus waiting = pending.statuses().get(sub);
        assertEquals(ItemState.PENDING, waiting.state());
        assertTrue(waiting.reason().contains("parent interface eth"), waiting.reason());
        assertTrue(harness.find("eth.5").isEmpty());

        assertAllApplied(harness.apply(Map.of(key("eth"), Items.of("eth", new AfPacketType("eth0")).item())));
        assertEquals(ItemState.APPLIED, harness.status(sub).state());
        assertEquals(harness.tagged("eth").swIfIndex(), harness.tagged("eth.5").supSwIfIndex());
    }

    @Test
    void nonZeroVrfIsPendingNamingTheVrf() throws Exception {
        final TransactionResult result = harness.apply(Map.of(key("lo1"),
            Items.of("lo1", new LoopbackType()).vrf(5).addresses("10.5.0.1/24").item()));
        assertEquals(ItemState.APPLIED, result.statuses().get(key("lo1")).state());
        final ItemStatus binding = harness.status(key("lo1").child("vrf", "ipv4"));
        assertEquals(ItemState.PENDING, binding.state());
        assertTrue(binding.reason().contains("ipv4 VRF 5"), binding.reason());
        assertEquals(ItemState.PENDING, harness.status(key("lo1").child("vrf", "ipv6")).state());
        final ItemStatus address = harness.status(key("lo1").child("address", "10.5.0.1", "24"));
        assertEquals(ItemState.PENDING, address.state(), "the address waits for the binding");
        assertEquals(0, harness.tagged("lo1").ip4TableId());
        assertTrue(harness.tagged("lo1").addresses().isEmpty());

        final TransactionResult vxlan = harness.apply(Map.of(key("vx"), Items.of("vx", new VxlanType(
            InetAddresses.forString("10.0.0.1"), InetAddresses.forString("10.0.0.2"), 1, 7)).item()));
        final ItemStatus tunnel = vxlan.statuses().get(key("vx"));
        assertEquals(ItemState.PENDING, tunnel.state());
        assertTrue(tunnel.reason().contains("ipv4 VRF 7"), tunnel.reason());
    }

    @Test
    void interfaceInAVrfIsBoundOnceTheTableExistsThenGetsItsAddresses() throws Exception {
        final List<Descriptor<?>> descriptors = new ArrayList<>(InterfaceDescriptors.all());
        descriptors.add(new TestVrfTableDescriptor());
        harness.scheduler.setDescriptors(descriptors);
        harness.nextResync();
        harness.apply(Map.of(key("lo1"), Items.of("lo1", new LoopbackType()).vrf(5)
            .addresses("10.5.0.1/24", "2001:db8:5::1/64").item(), key("lo2"),
            Items.of("lo2", new LoopbackType()).vrf(5).unnumbered("lo1").item()));
        assertEquals(ItemState.PENDING, harness.status(key("lo1").child("vrf", "ipv4")).state());

        final TransactionResult tables = harness.apply(Map.of(InterfaceKeys.vrfKey(NODE, false, 5), 5,
            InterfaceKeys.vrfKey(NODE, true, 5), 5));
        assertTrue(tables.allApplied(), tables.statuses().toString());
        harness.scheduler.statuses().values().forEach(status ->
            assertEquals(ItemState.APPLIED, status.state(), status::toString));
        final SimInterface lo1 = harness.tagged("lo1");
        assertEquals(5, lo1.ip4TableId());
        assertEquals(5, lo1.ip6TableId());
        assertEquals(2, lo1.addresses().size());
        assertEquals(lo1.swIfIndex(), harness.tagged("lo2").unnumberedOf());

        // moving to table 0: the addresses are removed before the binding changes, then added again
        assertAllApplied(harness.apply(Map.of(key("lo1"), Items.of("lo1", new LoopbackType())
            .addresses("10.5.0.1/24", "2001:db8:5::1/64").item(), key("lo2"),
            Items.of("lo2", new LoopbackType()).unnumbered("lo1").item())));
        assertEquals(0, harness.tagged("lo1").ip4TableId());
        assertEquals(2, harness.tagged("lo1").addresses().size());
        // resync re-applies only what cannot be read back, the stand-in's two tables (no retrieve); addresses,
        // bindings and the unnumbered setting (ip_unnumbered_dump) are found as they are
        final ResyncResult resync = harness.resync();
        assertEquals(2, resync.creates(), "resync finds the rest as it is");
        assertEquals(0, resync.updates() + resync.deletes());
    }

    @Test
    void aFailedTagRemovesTheInterfaceAgain() throws Exception {
        harness.simulator.faults().failNext("sw_interface_tag_add_del", 1, -1);
        final TransactionResult result = harness.apply(Map.of(key("lo1"),
            Items.of("lo1", new LoopbackType()).item()));
        final ItemStatus failed = result.statuses().get(key("lo1"));
        assertEquals(ItemState.FAILED, failed.state(), failed::toString);
        assertEquals("sw_interface_tag_add_del", failed.error().messageName());
        assertTrue(harness.interfaces().stream().noneMatch(iface -> iface.kind() instanceof InterfaceKind.Loopback),
            "no untagged loopback left behind");
        assertEquals(ItemState.APPLIED, harness.resync().complete() ? harness.status(key("lo1")).state() : null,
            "a resync retries it");
    }

    @Test
    void changingADerivedAspectDoesNotRecreate() throws Exception {
        final Items tap = Items.of("tap-a", new TapType(null, null, 256, 256));
        assertAllApplied(harness.apply(Map.of(key("tap-a"), tap.item())));
        final int before = harness.tagged("tap-a").swIfIndex();

        assertAllApplied(harness.apply(Map.of(key("tap-a"), tap.mtu(1300).addresses("192.168.7.1/24")
            .rxMode(RxMode.ADAPTIVE).item())));
        final SimInterface after = harness.tagged("tap-a");
        assertEquals(before, after.swIfIndex(), "same interface");
        assertEquals(1300, after.mtu().l3());
        assertEquals(1, after.addresses().size());
        assertEquals(1, harness.interfaces().stream().filter(iface -> iface.tag().equals("tap-a")).count());
        final ResyncResult unchanged = harness.resync();
        assertEquals(0, unchanged.creates() + unchanged.updates() + unchanged.deletes(),
            () -> "rx-mode, MTU and address read back as they are: " + harness.scheduler.history(1));

        // changed behind our back: resync sets the configured rx-mode again
        final int index = after.swIfIndex();
        harness.simulator.modify(state -> state.interfaces().update(state.interfaces().require(index)
            .withRxMode(io.vswitch.vpp.sim.state.RxMode.POLLING)));
        final ResyncResult repaired = harness.resync();
        assertEquals(1, repaired.creates() + repaired.updates(), repaired::toString);
        assertEquals(io.vswitch.vpp.sim.state.RxMode.ADAPTIVE, harness.tagged("tap-a").rxMode());
    }

    @Test
    void changingACreationParameterRecreates() throws Exception {
        final Items tap = Items.of("tap-a", new TapType(null, null, 256, 256)).addresses("192.168.7.1/24");
        assertAllApplied(harness.apply(Map.of(key("tap-a"), tap.item())));
        final int before = harness.tagged("tap-a").swIfIndex();

        assertAllApplied(harness.apply(Map.of(key("tap-a"), Items.of("tap-a", new TapType(null, null, 1024, 256))
            .addresses("192.168.7.1/24").item())));
        final SimInterface after = harness.tagged("tap-a");
        assertNotEquals(before, after.swIfIndex(), "a new interface");
        assertEquals(1024, ((InterfaceKind.Tap) after.kind()).rxRingSize());
        assertEquals(1, after.addresses().size(), "derived items re-applied on the new interface");
        assertTrue(harness.simulator.inspect(state -> state.interfaces().get(before)).isEmpty());
    }

    @Test
    void resyncAfterAnEmptyRestartRecreatesEverything() throws Exception {
        final Map<ItemKey, Object> items = everyKind();
        items.put(key("lo9"), Items.of("lo9", new LoopbackType()).addresses("10.9.0.1/24").mtu(1500).item());
        assertAllApplied(harness.apply(items));

        harness.simulator.restart();
        final ResyncResult resync = harness.nextResync();
        assertTrue(resync.complete(), resync.toString());
        assertEquals(0, resync.failedCalls(), resync.toString());
        for (String name : List.of("loop0", "memif-default", "memif-a", "uplink", "tap-a", "vx1", "loop0.10",
                "lo9")) {
            assertTrue(harness.tagged(name).adminUp(), name);
        }
        assertEquals(List.of("10.9.0.1/24"), harness.tagged("lo9").addresses().stream()
            .map(address -> address.prefix().toString()).toList());
        harness.scheduler.statuses().values().forEach(status ->
            assertEquals(ItemState.APPLIED, status.state(), status::toString));
    }

    @Test
    void resyncWithVppAlreadyEqualMakesNoCalls() throws Exception {
        final Map<ItemKey, Object> items = everyKind();
        items.put(key("lo9"), Items.of("lo9", new LoopbackType()).addresses("10.9.0.1/24", "2001:db8:9::1/64")
            .mtu(1500).mac("02:00:00:00:00:09").item());
        items.put(key("lo8"), Items.of("lo8", new LoopbackType()).enabled(false).item());
        assertAllApplied(harness.apply(items));

        final ResyncResult resync = harness.resync();
        assertTrue(resync.complete(), resync.toString());
        assertEquals(0, resync.creates(), resync.toString());
        assertEquals(0, resync.updates(), resync.toString());
        assertEquals(0, resync.deletes(), resync.toString());
    }

    @Test
    void resyncOfANewControllerAdoptsDeletesAndLeavesForeignInterfacesAlone() throws Exception {
        assertAllApplied(harness.apply(Map.of(
            key("keep"), Items.of("keep", new LoopbackType()).addresses("10.2.0.1/24").item(),
            key("gone"), Items.of("gone", new LoopbackType()).item())));
        final int untagged = harness.client.call(new CreateLoopback(new byte[6]))
            .get(SimHarness.WAIT.toMillis(), TimeUnit.MILLISECONDS).swIfIndex();
        final int keepIndex = harness.tagged("keep").swIfIndex();

        // a controller restart: a new scheduler that only knows "keep"
        harness.scheduler.close();
        harness.scheduler = harness.newScheduler();
        harness.scheduler.submit(Transaction.builder("restart")
            .put(key("keep"), Items.of("keep", new LoopbackType()).addresses("10.2.0.1/24").item()).build());
        harness.client.addListener(new VppConnectionListener() {
            @Override
            public void connected(final VppSession session) {
                harness.scheduler.onConnected(session);
            }
        });
        final ResyncResult resync = harness.nextResync();
        assertTrue(resync.complete(), resync.toString());
        assertEquals(0, resync.creates(), resync.toString());
        // "gone": its admin-up item (set down), then the loopback
        assertEquals(2, resync.deletes(), resync.toString());
        assertEquals(keepIndex, harness.tagged("keep").swIfIndex(), "adopted, not recreated");
        assertTrue(harness.find("gone").isEmpty(), "owned but no longer configured: deleted");
        assertTrue(harness.simulator.inspect(state -> state.interfaces().get(untagged)).isPresent(),
            "an untagged interface is not ours");
    }

    @Test
    void aVppErrorFailsThatItemOnly() throws Exception {
        harness.simulator.faults().failNext("af_packet_create_v3", 1, -13);
        final Map<ItemKey, Object> items = new LinkedHashMap<>();
        items.put(key("lo1"), Items.of("lo1", new LoopbackType()).item());
        items.put(key("lo2"), Items.of("lo2", new LoopbackType()).addresses("10.3.0.1/24").item());
        items.put(key("uplink"), Items.of("uplink", new AfPacketType("eth0")).item());
        final TransactionResult result = harness.apply(items);

        final ItemStatus failed = result.statuses().get(key("uplink"));
        assertEquals(ItemState.FAILED, failed.state(), failed::toString);
        assertNotNull(failed.error());
        assertEquals(-13, failed.error().retval());
        assertEquals("af_packet_create_v3", failed.error().messageName());
        assertEquals(ItemState.APPLIED, result.statuses().get(key("lo1")).state());
        assertEquals(ItemState.APPLIED, result.statuses().get(key("lo2")).state());
        assertTrue(harness.find("uplink").isEmpty());
    }

    @Test
    void deletingTheLastMemifOfASocketFileUnregistersIt() throws Exception {
        final ItemKey socket = InterfaceKeys.memifSocketKey(NODE, CUSTOM_SOCKET);
        assertAllApplied(harness.apply(Map.of(key("m1"), Items.of("m1", memif(CUSTOM_SOCKET, 1)).item(),
            socket, new MemifSocket(CUSTOM_SOCKET))));
        assertEquals(Integer.valueOf(2),
            harness.simulator.<Integer>inspect(state -> state.memifSockets().all().size()));
        harness.delete(key("m1"), socket);
        assertTrue(harness.find("m1").isEmpty());
        assertEquals(Map.of(0, MemifType.DEFAULT_SOCKET),
            harness.simulator.inspect(state -> Map.copyOf(state.memifSockets().all())));
    }

    @Test
    void deletingAParentDeletesItsSubInterfaceFirst() throws Exception {
        assertAllApplied(harness.apply(Map.of(key("eth"), Items.of("eth", new AfPacketType("eth0")).item(),
            key("eth.5"), Items.of("eth.5", new SubInterfaceType("eth", 5, 5)).item())));
        harness.delete(key("eth"));
        assertTrue(harness.find("eth").isEmpty());
        assertTrue(harness.find("eth.5").isEmpty());
        assertEquals(ItemState.PENDING, harness.status(key("eth.5")).state());
    }
}
