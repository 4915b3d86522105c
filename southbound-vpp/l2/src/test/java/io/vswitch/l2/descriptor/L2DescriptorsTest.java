package io.vswitch.l2.descriptor;

import static io.vswitch.l2.descriptor.SimHarness.NODE;
import static io.vswitch.l2.descriptor.SimHarness.key;
import static io.vswitch.l2.descriptor.SimHarness.loopback;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.l2.L2Keys;
import io.vswitch.l2.item.ArpEntry;
import io.vswitch.l2.item.BridgeDomainItem;
import io.vswitch.l2.item.BridgeMember;
import io.vswitch.l2.item.DomainSettings;
import io.vswitch.l2.item.FibEntry;
import io.vswitch.l2.item.Xconnect;
import io.vswitch.renderer.api.CallRecord;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.api.TransactionResult;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.vpp.api.client.VppConnectionListener;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.message.l2.BdIpMacDetails;
import io.vswitch.vpp.api.message.l2.BdIpMacDump;
import io.vswitch.vpp.api.message.l2.BridgeDomainAddDelV2;
import io.vswitch.vpp.api.message.l2.BridgeDomainDetails;
import io.vswitch.vpp.api.message.l2.BridgeDomainDump;
import io.vswitch.vpp.api.message.l2.BridgeDomainSwIf;
import io.vswitch.vpp.api.message.l2.L2FibTableDetails;
import io.vswitch.vpp.api.message.l2.L2FibTableDump;
import io.vswitch.vpp.api.message.l2.L2XconnectDetails;
import io.vswitch.vpp.api.message.l2.L2XconnectDump;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The L2 descriptors with the interfaces area's, against the simulator, through a real scheduler and client.
 */
class L2DescriptorsTest {
    private static final MacAddress HOST_MAC = new MacAddress("02:00:00:00:00:aa");
    private static final MacAddress FILTERED_MAC = new MacAddress("02:00:00:00:00:bb");
    private static final ItemKey BD1 = L2Keys.domainKey(NODE, "bd1");

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

    private static BridgeDomainItem bd1(final List<BridgeMember> members, final List<FibEntry> fib) {
        return new BridgeDomainItem("bd1", 10, DomainSettings.DEFAULTS, members, fib,
            List.of(new ArpEntry(InetAddresses.forString("10.0.0.5"), HOST_MAC)));
    }

    /** loop0 as BVI, loop1 and loop2 members, a FIB entry to loop1, a filter entry and an ARP entry. */
    private static Map<ItemKey, Object> fullDomain() {
        final Map<ItemKey, Object> items = new LinkedHashMap<>();
        for (String name : List.of("loop0", "loop1", "loop2")) {
            items.put(key(name), loopback(name));
        }
        items.put(BD1, bd1(List.of(new BridgeMember("loop0", true, 0), new BridgeMember("loop1", false, 1),
            new BridgeMember("loop2", false, 1)),
            List.of(FibEntry.forward(HOST_MAC, "loop1", false), FibEntry.filter(FILTERED_MAC))));
        return items;
    }

    private static ItemKey member(final String iface) {
        return L2Keys.memberKey(BD1, iface);
    }

    private <D extends VppDetails> List<D> dump(final VppDump<D> dump) throws Exception {
        return harness.client.dump(dump).get(SimHarness.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Optional<BridgeDomainDetails> domain(final int bdId) throws Exception {
        return dump(new BridgeDomainDump(L2Calls.NONE, L2Calls.NONE)).stream()
            .filter(details -> details.bdId() == bdId).findFirst();
    }

    private Set<Integer> members(final int bdId) throws Exception {
        return domain(bdId).orElseThrow().swIfDetails().stream().map(BridgeDomainSwIf::swIfIndex)
            .collect(Collectors.toSet());
    }

    private Set<String> staticFib(final int bdId) throws Exception {
        return dump(new L2FibTableDump(bdId)).stream().filter(entry -> entry.staticMac() && !entry.bviMac())
            .map(entry -> MacAddress.of(entry.mac()) + (entry.filterMac() ? " filter" : " " + entry.swIfIndex()))
            .collect(Collectors.toSet());
    }

    private int index(final String name) {
        return harness.tagged(name).swIfIndex();
    }

    private static void assertAllApplied(final Map<ItemKey, ItemStatus> statuses) {
        statuses.values().forEach(status -> assertEquals(ItemState.APPLIED, status.state(), status::toString));
    }

    private void assertDomainAsConfigured() throws Exception {
        final BridgeDomainDetails domain = domain(10).orElseThrow(() -> new AssertionError("no bridge domain 10"));
        assertEquals("bd1", domain.bdTag());
        assertEquals(index("loop0"), domain.bviSwIfIndex());
        assertEquals(Set.of(index("loop0"), index("loop1"), index("loop2")), members(10));
        assertEquals(Set.of(HOST_MAC + " " + index("loop1"), FILTERED_MAC + " filter"), staticFib(10));
        final List<BdIpMacDetails> arp = dump(new BdIpMacDump(10));
        assertEquals(1, arp.size());
        assertEquals(HOST_MAC, MacAddress.of(arp.get(0).entry().mac()));
    }

    @Test
    void aDomainWithItsBviMembersFibAndArpEntriesIsApplied() throws Exception {
        final TransactionResult result = harness.apply(fullDomain());
        assertAllApplied(result.statuses());
        assertEquals(Set.of(BD1, member("loop0"), member("loop1"), member("loop2"), L2Keys.fibKey(BD1, HOST_MAC),
            L2Keys.fibKey(BD1, FILTERED_MAC), L2Keys.arpKey(BD1, InetAddresses.forString("10.0.0.5"))),
            result.statuses().keySet().stream().filter(k -> L2Keys.kindOf(k) != null).collect(Collectors.toSet()));
        assertDomainAsConfigured();
        final BridgeDomainSwIf loop1 = domain(10).orElseThrow().swIfDetails().stream()
            .filter(m -> m.swIfIndex() == index("loop1")).findFirst().orElseThrow();
        assertEquals(1, loop1.shg(), "split-horizon group");
    }

    @Test
    void aMemberIsPendingUntilItsInterfaceExistsAndItsFibEntryWaitsForIt() throws Exception {
        final TransactionResult first = harness.apply(Map.of(BD1, bd1(List.of(new BridgeMember("loop1", false, 0)),
            List.of(FibEntry.forward(HOST_MAC, "loop1", false)))));
        assertEquals(ItemState.APPLIED, first.statuses().get(BD1).state());
        final ItemStatus pendingMember = first.statuses().get(member("loop1"));
        assertEquals(ItemState.PENDING, pendingMember.state(), pendingMember::toString);
        assertTrue(pendingMember.reason().contains(key("loop1").toString()), pendingMember::toString);
        assertEquals(BD1, pendingMember.derivedFrom());
        final ItemStatus pendingFib = first.statuses().get(L2Keys.fibKey(BD1, HOST_MAC));
        assertEquals(ItemState.PENDING, pendingFib.state(), pendingFib::toString);
        assertTrue(pendingFib.reason().contains(member("loop1").toString()), pendingFib::toString);
        assertTrue(members(10).isEmpty());

        final TransactionResult second = harness.apply(Map.of(key("loop1"), loopback("loop1")));
        assertEquals(ItemState.APPLIED, second.statuses().get(member("loop1")).state());
        assertEquals(ItemState.APPLIED, second.statuses().get(L2Keys.fibKey(BD1, HOST_MAC)).state());
        assertEquals(Set.of(index("loop1")), members(10));
        assertEquals(Set.of(HOST_MAC + " " + index("loop1")), staticFib(10));
    }

    @Test
    void anInterfaceLeavingItsDomainIsDetachedBeforeItIsDeleted() throws Exception {
        assertAllApplied(harness.apply(fullDomain()).statuses());
        final int loop2 = index("loop2");

        harness.delete(key("loop2"));

        final List<CallRecord> calls = harness.scheduler.history(1).get(0).calls();
        final List<String> order = calls.stream().map(call -> call.operation() + " " + call.key()).toList();
        final int detach = order.indexOf(Operation.DELETE + " " + member("loop2"));
        final int delete = order.indexOf(Operation.DELETE + " " + key("loop2"));
        assertTrue(detach >= 0 && delete > detach, order::toString);
        assertEquals(ItemState.PENDING, harness.status(member("loop2")).state());
        assertFalse(members(10).contains(loop2));
        assertTrue(harness.find("loop2").isEmpty());
    }

    @Test
    void aFailedDetachKeepsTheInterface() throws Exception {
        assertAllApplied(harness.apply(fullDomain()).statuses());
        final int loop2 = index("loop2");
        harness.simulator.faults().failNext("sw_interface_set_l2_bridge", 1, -1);

        harness.delete(key("loop2"));

        // the interface delete waits for the detach, which failed: VPP is left as it was
        assertTrue(harness.find("loop2").isPresent(), "not deleted while still a member");
        assertTrue(members(10).contains(loop2));
        final List<CallRecord> calls = harness.scheduler.history(1).get(0).calls();
        assertTrue(calls.stream().anyMatch(call -> call.operation() == Operation.DELETE
            && call.key().equals(member("loop2")) && !call.ok()), calls::toString);
        assertTrue(calls.stream().noneMatch(call -> call.key().equals(key("loop2"))), calls::toString);
    }

    @Test
    void aDeletedDomainIsEmptiedFirstAndTheInterfacesStay() throws Exception {
        assertAllApplied(harness.apply(fullDomain()).statuses());

        harness.delete(BD1);

        assertTrue(domain(10).isEmpty());
        assertTrue(harness.find("loop0").isPresent());
        assertTrue(harness.find("loop1").isPresent());
        assertTrue(dump(new BdIpMacDump(L2Calls.NONE)).isEmpty());
        assertTrue(harness.scheduler.statuses().keySet().stream().noneMatch(k -> k.startsWith(BD1)));
    }

    @Test
    void flagChangesAreMadeInPlaceAndAnIdChangeRecreates() throws Exception {
        assertAllApplied(harness.apply(fullDomain()).statuses());
        final BridgeDomainItem domain = (BridgeDomainItem) fullDomain().get(BD1);

        final BridgeDomainItem noLearning = new BridgeDomainItem("bd1", 10,
            new DomainSettings(true, false, true, false, true, 0), domain.members(), domain.fibEntries(),
            domain.arpEntries());
        final TransactionResult inPlace = harness.apply(Map.of(BD1, noLearning));
        assertEquals(1, inPlace.calls(), "one update (bridge_flags set and clear), nothing recreated");
        final BridgeDomainDetails updated = domain(10).orElseThrow();
        assertFalse(updated.learn());
        assertFalse(updated.uuFlood());
        assertTrue(updated.arpTerm());
        assertEquals(3, updated.swIfDetails().size(), "members untouched");

        final BridgeDomainItem moved = new BridgeDomainItem("bd1", 11, DomainSettings.DEFAULTS, domain.members(),
            domain.fibEntries(), domain.arpEntries());
        assertAllApplied(harness.apply(Map.of(BD1, moved)).statuses());
        assertTrue(domain(10).isEmpty());
        assertEquals(Set.of(index("loop0"), index("loop1"), index("loop2")), members(11));
        assertEquals(Set.of(HOST_MAC + " " + index("loop1"), FILTERED_MAC + " filter"), staticFib(11));
    }

    @Test
    void aFibEntryToTheBviCarriesVppsBviFlag() throws Exception {
        final Map<ItemKey, Object> items = new LinkedHashMap<>();
        items.put(key("loop0"), loopback("loop0"));
        items.put(BD1, bd1(List.of(new BridgeMember("loop0", true, 0)),
            List.of(FibEntry.forward(HOST_MAC, "loop0", true))));
        assertAllApplied(harness.apply(items).statuses());
        final List<L2FibTableDetails> fib = dump(new L2FibTableDump(10));
        assertTrue(fib.stream().anyMatch(entry -> MacAddress.of(entry.mac()).equals(HOST_MAC) && entry.bviMac()
            && entry.swIfIndex() == index("loop0")), fib::toString);

        final ResyncResult resync = harness.resync();
        assertEquals(0, resync.creates() + resync.updates() + resync.deletes(), resync.toString());
    }

    @Test
    void crossConnectsInBothDirectionsWaitForBothInterfaces() throws Exception {
        final ItemKey aToB = L2Keys.xconnectKey(NODE, "a");
        final ItemKey bToA = L2Keys.xconnectKey(NODE, "b");
        final TransactionResult first = harness.apply(Map.of(key("a"), loopback("a"),
            aToB, new Xconnect("a", "b"), bToA, new Xconnect("b", "a")));
        assertEquals(ItemState.PENDING, first.statuses().get(aToB).state());
        assertTrue(first.statuses().get(aToB).reason().contains(key("b").toString()));
        assertEquals(ItemState.PENDING, first.statuses().get(bToA).state());

        assertAllApplied(harness.apply(Map.of(key("b"), loopback("b"))).statuses());
        assertEquals(Set.of(index("a") + ">" + index("b"), index("b") + ">" + index("a")), xconnects());

        harness.delete(key("b"));
        assertEquals(ItemState.PENDING, harness.status(aToB).state());
        assertTrue(xconnects().isEmpty(), "both directions released before b was deleted");
        final List<String> order = harness.scheduler.history(1).get(0).calls().stream()
            .map(call -> call.operation() + " " + call.key()).toList();
        assertTrue(order.indexOf(Operation.DELETE + " " + key("b")) > order.indexOf(Operation.DELETE + " " + aToB),
            order::toString);
    }

    private Set<String> xconnects() throws Exception {
        return dump(new L2XconnectDump()).stream()
            .map((L2XconnectDetails x) -> x.rxSwIfIndex() + ">" + x.txSwIfIndex()).collect(Collectors.toSet());
    }

    @Test
    void resyncAfterAnEmptyRestartRecreatesDomainsMembersAndEntries() throws Exception {
        final Map<ItemKey, Object> items = fullDomain();
        items.put(key("x1"), loopback("x1"));
        items.put(key("x2"), loopback("x2"));
        items.put(L2Keys.xconnectKey(NODE, "x1"), new Xconnect("x1", "x2"));
        assertAllApplied(harness.apply(items).statuses());

        harness.simulator.restart();
        final ResyncResult resync = harness.nextResync();
        assertTrue(resync.complete(), resync.toString());
        assertEquals(0, resync.failedCalls(), resync.toString());
        assertAllApplied(harness.scheduler.statuses());
        assertDomainAsConfigured();
        assertEquals(Set.of(index("x1") + ">" + index("x2")), xconnects());
    }

    @Test
    void resyncWithVppAlreadyEqualMakesNoCalls() throws Exception {
        final Map<ItemKey, Object> items = fullDomain();
        items.put(key("x1"), loopback("x1"));
        items.put(key("x2"), loopback("x2"));
        items.put(L2Keys.xconnectKey(NODE, "x1"), new Xconnect("x1", "x2"));
        assertAllApplied(harness.apply(items).statuses());

        final ResyncResult resync = harness.resync();
        assertTrue(resync.complete(), resync.toString());
        assertEquals(0, resync.creates() + resync.updates() + resync.deletes(), resync.toString());
    }

    @Test
    void resyncOfANewControllerLeavesAForeignDomainAloneAndRemovesOneNoLongerConfigured() throws Exception {
        final Map<ItemKey, Object> items = fullDomain();
        final ItemKey old = L2Keys.domainKey(NODE, "old");
        items.put(key("loop3"), loopback("loop3"));
        items.put(old, new BridgeDomainItem("old", 20, DomainSettings.DEFAULTS,
            List.of(new BridgeMember("loop3", false, 0)), List.of(),
            List.of(new ArpEntry(InetAddresses.forString("2001:db8::7"), HOST_MAC))));
        assertAllApplied(harness.apply(items).statuses());
        // another agent's domain: no tag, an id we do not configure
        harness.client.call(new BridgeDomainAddDelV2(30, true, true, true, true, false, false, 0, "", true))
            .get(SimHarness.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        final int loop3 = index("loop3");

        // a controller restart: a new scheduler that knows bd1 and loop3 but no longer "old"
        harness.scheduler.close();
        harness.scheduler = harness.newScheduler();
        final Transaction.Builder restart = Transaction.builder("restart");
        fullDomain().forEach(restart::put);
        restart.put(key("loop3"), loopback("loop3"));
        harness.scheduler.submit(restart.build());
        harness.client.addListener(new VppConnectionListener() {
            @Override
            public void connected(final VppSession session) {
                harness.scheduler.onConnected(session);
            }
        });
        final ResyncResult resync = harness.nextResync();

        assertTrue(resync.complete(), resync.toString());
        assertEquals(0, resync.creates(), resync.toString());
        // "old": its ARP entry, its member, the domain
        assertEquals(3, resync.deletes(), resync.toString());
        assertTrue(domain(20).isEmpty(), "owned (tagged) but no longer configured: deleted");
        assertTrue(domain(30).isPresent(), "foreign: left alone");
        assertEquals(loop3, index("loop3"), "the interface stays");
        assertDomainAsConfigured();
        assertAllApplied(harness.scheduler.statuses());
    }

    @Test
    void aDomainWithAConfiguredIdIsAdoptedByResyncWhateverItsTag() throws Exception {
        harness.client.call(new BridgeDomainAddDelV2(10, true, true, true, true, false, false, 0, "", true))
            .get(SimHarness.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        final ResyncResult before = harness.resync();
        assertEquals(0, before.deletes(), "an untagged domain with an id nobody configures is foreign");

        final TransactionResult result = harness.apply(fullDomain());
        final ItemStatus refused = result.statuses().get(BD1);
        assertEquals(ItemState.FAILED, refused.state(), "VPP has that id already: " + refused);

        final ResyncResult resync = harness.resync();
        assertTrue(resync.complete(), resync.toString());
        assertAllApplied(harness.scheduler.statuses());
        // adopted, not recreated (its tag is still empty); members and entries were added
        assertEquals("", domain(10).orElseThrow().bdTag());
        assertEquals(Set.of(index("loop0"), index("loop1"), index("loop2")), members(10));
        assertEquals(Set.of(HOST_MAC + " " + index("loop1"), FILTERED_MAC + " filter"), staticFib(10));
    }
}
