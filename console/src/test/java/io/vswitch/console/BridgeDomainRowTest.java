package io.vswitch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.BridgeDomainsBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomainBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.ArpTerminationEntry;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.ArpTerminationEntryBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.FibEntry;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.FibEntryBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.Member;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.MemberBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.State;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.StateBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.ItemState;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.Nodes;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.NodesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.item.status.StatusBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

class BridgeDomainRowTest {
    private static Nodes nodes(final Node... nodes) {
        return new NodesBuilder().setNode(Arrays.stream(nodes).collect(Collectors.toMap(Node::key, n -> n))).build();
    }

    private static Node node(final String name, final BridgeDomain... domains) {
        return new NodeBuilder().setName(name).addAugmentation(new Node1Builder().setBridgeDomains(
            new BridgeDomainsBuilder().setBridgeDomain(Arrays.stream(domains)
                .collect(Collectors.toMap(BridgeDomain::key, d -> d))).build()).build()).build();
    }

    private static Member member(final String name, final boolean bvi, final int splitHorizonGroup) {
        return new MemberBuilder().setInterface(name).setBvi(bvi).setSplitHorizonGroup(Uint8.valueOf(splitHorizonGroup))
            .build();
    }

    private static org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge
            .domain.state.Member vppMember(final long swIfIndex, final String name, final int splitHorizonGroup) {
        return new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge
            .domain.state.MemberBuilder().setSwIfIndex(Uint32.valueOf(swIfIndex)).setInterface(name)
            .setSplitHorizonGroup(Uint8.valueOf(splitHorizonGroup)).build();
    }

    private final BridgeDomain office = new BridgeDomainBuilder().setName("office").setBdId(Uint32.valueOf(10))
        .setArpTermination(true).setMacAge(Uint8.valueOf(5))
        .setMember(Map.of(
            member("tap1", false, 2).key(), member("tap1", false, 2),
            member("bvi0", true, 0).key(), member("bvi0", true, 0),
            member("memif0", false, 0).key(), member("memif0", false, 0)))
        .setFibEntry(Map.of(
            new FibEntryBuilder().setMacAddress(new MacAddress("02:00:00:00:00:01")).setOutgoingInterface("tap1")
                .build().key(),
            new FibEntryBuilder().setMacAddress(new MacAddress("02:00:00:00:00:01")).setOutgoingInterface("tap1")
                .build(),
            new FibEntryBuilder().setMacAddress(new MacAddress("02:00:00:00:00:02")).setAction(FibEntry.Action.Filter)
                .build().key(),
            new FibEntryBuilder().setMacAddress(new MacAddress("02:00:00:00:00:02")).setAction(FibEntry.Action.Filter)
                .build()))
        .setArpTerminationEntry(Map.of(arp("10.0.0.5").key(), arp("10.0.0.5")))
        .build();

    private final Nodes config = nodes(
        node("vpp1", office,
            new BridgeDomainBuilder().setName("lab").setBdId(Uint32.valueOf(20)).setFlood(false)
                .setUnknownUnicastFlood(false).setForward(false).setLearn(false).build()),
        node("cnf1", new BridgeDomainBuilder().setName("empty").build()));

    private final Nodes oper = nodes(node("vpp1",
        new BridgeDomainBuilder().setName("office")
            .setState(new StateBuilder().setBdId(Uint32.valueOf(10)).setBviSwIfIndex(Uint32.valueOf(3))
                .setLearnedMacCount(Uint32.valueOf(5))
                .setMember(Map.of(
                    vppMember(3, "bvi0", 0).key(), vppMember(3, "bvi0", 0),
                    vppMember(4, "tap1", 2).key(), vppMember(4, "tap1", 2),
                    vppMember(7, "", 0).key(), vppMember(7, "", 0)))
                .build())
            .setStatus(new StatusBuilder().setState(ItemState.Pending)
                .setReason("member memif0 waits for interface vpp1/interfaces/memif0 (not configured)").build())
            .build(),
        new BridgeDomainBuilder().setName("lab").setStatus(new StatusBuilder().setState(ItemState.Applied).build())
            .build()));

    private static ArpTerminationEntry arp(final String ip) {
        return new ArpTerminationEntryBuilder().setIpAddress(new IpAddressNoZone(new Ipv4AddressNoZone(ip)))
            .setMacAddress(new MacAddress("02:00:00:00:00:05")).build();
    }

    @Test
    void joinsConfigWithOperationalSortedByNodeAndName() {
        assertEquals(List.of(
            new BridgeDomainRow("cnf1", "empty", "-", "flood uu-flood forward learn", "off", "-", 0, 0, "-",
                "unknown"),
            new BridgeDomainRow("vpp1", "lab", "20", "none", "off", "-", 0, 0, "-", "applied"),
            new BridgeDomainRow("vpp1", "office", "10", "flood uu-flood forward learn arp-term", "5 min",
                "bvi0 (bvi)\nmemif0\ntap1 (shg 2)", 2, 1, "bd 10\n#7\nbvi0 (bvi)\ntap1 (shg 2)\n5 learned MACs",
                "pending: member memif0 waits for interface vpp1/interfaces/memif0 (not configured)")),
            BridgeDomainRow.of(new NodesSnapshot(config, oper), null));
    }

    @Test
    void onlyTheNodeAsked() {
        assertEquals(List.of("lab", "office"), BridgeDomainRow.of(new NodesSnapshot(config, oper), "vpp1").stream()
            .map(BridgeDomainRow::name).toList());
        assertEquals(List.of(), BridgeDomainRow.of(new NodesSnapshot(config, oper), "vpp9"));
        assertEquals(List.of(), BridgeDomainRow.of(new NodesSnapshot(null, oper), null));
    }

    @Test
    void vppViewWithoutMembersOrCount() {
        final State state = new StateBuilder().setBdId(Uint32.valueOf(1)).build();
        assertEquals("bd 1\nno members", BridgeDomainRow.vpp(state));
        assertEquals("bd 1\nno members\n1 learned MAC",
            BridgeDomainRow.vpp(new StateBuilder(state).setLearnedMacCount(Uint32.ONE).build()));
    }

    @Test
    void tableShowsOneFactPerLineOfTheVppColumn() {
        final String text = Tables.print(BridgeDomainRow.table(BridgeDomainRow.of(new NodesSnapshot(config, oper),
            "vpp1")));
        final List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).startsWith("Node │ Name   │ BD id │ Flags"), text);
        assertTrue(lines.get(0).contains("In VPP"), text);
        assertTrue(lines.get(3).startsWith("vpp1 │ office │    10 │ flood uu-flood"), text);
        assertTrue(lines.get(3).contains("bd 10"), text);
        assertTrue(lines.stream().anyMatch(line -> line.contains("5 learned MACs")), text);
    }
}
