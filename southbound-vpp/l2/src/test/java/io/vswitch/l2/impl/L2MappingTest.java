package io.vswitch.l2.impl;

import static io.vswitch.l2.L2Config.arp;
import static io.vswitch.l2.L2Config.domain;
import static io.vswitch.l2.L2Config.fib;
import static io.vswitch.l2.L2Config.filter;
import static io.vswitch.l2.L2Config.loopback;
import static io.vswitch.l2.L2Config.member;
import static io.vswitch.l2.L2Config.node;
import static io.vswitch.l2.L2Config.withArp;
import static io.vswitch.l2.L2Config.withFib;
import static io.vswitch.l2.L2Config.xconnect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.l2.L2Keys;
import io.vswitch.l2.item.ArpEntry;
import io.vswitch.l2.item.BridgeDomainItem;
import io.vswitch.l2.item.BridgeMember;
import io.vswitch.l2.item.DomainSettings;
import io.vswitch.l2.item.FibEntry;
import io.vswitch.l2.item.Xconnect;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.l2.BridgeDomainDetails;
import io.vswitch.vpp.api.message.l2.BridgeDomainSwIf;
import io.vswitch.vpp.api.message.l2.L2FibTableDetails;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yangtools.yang.common.Uint8;

class L2MappingTest {
    private static final MacAddress MAC1 = new MacAddress("02:00:00:00:00:01");
    private static final MacAddress MAC2 = new MacAddress("02:00:00:00:00:02");

    @Test
    void aDomainBecomesOneItemWithDefaultsAndItsEntries() {
        final BridgeDomain entry = withArp(withFib(domain("bd1", 10L, List.of(member("bvi0", true, 0),
            member("up0", false, 2))), fib("02:00:00:00:00:01", "bvi0"), filter("02:00:00:00:00:02")),
            arp("10.0.0.1", "02:00:00:00:00:03")).build();

        final Map<?, Object> items = new BridgeDomainConfigMapping().items("vpp1", entry);

        final BridgeDomainItem item = (BridgeDomainItem) items.get(L2Keys.domainKey("vpp1", "bd1"));
        assertEquals(1, items.size());
        assertEquals(10, item.bdId());
        assertEquals(DomainSettings.DEFAULTS, item.settings());
        assertEquals(Set.of(new BridgeMember("bvi0", true, 0), new BridgeMember("up0", false, 2)),
            Set.copyOf(item.members()));
        assertEquals(Set.of(FibEntry.forward(MAC1, "bvi0", true), FibEntry.filter(MAC2)),
            Set.copyOf(item.fibEntries()));
        assertEquals(List.of(new ArpEntry(InetAddresses.forString("10.0.0.1"),
            new MacAddress("02:00:00:00:00:03"))), item.arpEntries());
    }

    @Test
    void configuredFlagsAndMacAgeAreKept() {
        final BridgeDomain entry = domain("bd1", 10L, List.of()).setFlood(false).setUnknownUnicastFlood(false)
            .setForward(false).setLearn(false).setArpTermination(true).setMacAge(Uint8.valueOf(5)).build();
        assertEquals(new DomainSettings(false, false, false, false, true, 5), L2Mapper.domain(entry).settings());
    }

    @Test
    void anEntryTheValidatorWouldRefuseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> L2Mapper.domain(domain("bd1", null, List.of()).build()));
    }

    @Test
    void aCrossConnectBecomesOneItemKeyedByItsReceivingInterface() {
        assertEquals(Map.of(L2Keys.xconnectKey("vpp1", "a"), new Xconnect("a", "b")),
            new XconnectConfigMapping().items("vpp1", xconnect("a", "b")));
    }

    @Test
    void entriesOfANodeAreItsDomainsAndCrossConnects() {
        final var node = node(List.of(loopback("a"), loopback("b")), List.of(domain("bd1", 1L, List.of()).build(),
            domain("bd2", 2L, List.of()).build()), List.of(xconnect("a", "b")));
        assertEquals(Set.of("bd1", "bd2"), new BridgeDomainConfigMapping().entriesOf(node).stream()
            .map(BridgeDomain::getName).collect(Collectors.toSet()));
        assertEquals(1, new XconnectConfigMapping().entriesOf(node).size());
        assertEquals("bd1", BridgeDomainConfigMapping.path("vpp1", "bd1").firstKeyOf(BridgeDomain.class).getName());
    }

    @Test
    void operationalStateNamesMembersAndCountsLearnedMacs() {
        final int none = 0xFFFF_FFFF;
        final List<BridgeDomainDetails> domains = List.of(
            new BridgeDomainDetails(10, true, true, true, true, false, false, 0, "bd1", 1, none, 2,
                List.of(new BridgeDomainSwIf(0, 1, 0), new BridgeDomainSwIf(0, 2, 3))),
            new BridgeDomainDetails(99, true, true, true, true, false, false, 0, "", none, none, 0, List.of()));
        final List<L2FibTableDetails> fib = List.of(
            new L2FibTableDetails(10, MAC1.bytes(), 2, false, false, false),
            new L2FibTableDetails(10, MAC2.bytes(), 2, true, false, false),
            new L2FibTableDetails(99, MAC1.bytes(), 5, false, false, false));
        final SwInterfaceDetails loop = interfaceDetails(1, "bvi0");
        final SwInterfaceDetails untagged = interfaceDetails(2, "");

        final Map<String, DomainOperState> states = DomainStates.of(Map.of("bd1", 10), domains, fib,
            List.of(loop, untagged));

        assertEquals(Map.of("bd1", new DomainOperState(10, 1, List.of(new DomainOperState.MemberState(1, "bvi0", 0),
            new DomainOperState.MemberState(2, null, 3)), 1)), states);
        final var binding = states.get("bd1").toBinding();
        assertEquals(2, binding.getMember().size());
        assertEquals(1L, binding.getLearnedMacCount().toJava());
        assertEquals(1L, binding.getBviSwIfIndex().toJava());
    }

    private static SwInterfaceDetails interfaceDetails(final int index, final String tag) {
        return new SwInterfaceDetails(index, index, new byte[6], 0, 0, 0, 0, 0, new int[4], 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, new byte[6], new byte[6], 0, 0, "loop" + index, "Loopback", tag);
    }
}
