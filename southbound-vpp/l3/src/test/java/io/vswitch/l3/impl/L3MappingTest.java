package io.vswitch.l3.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.l2.L2Keys;
import io.vswitch.l3.L3Keys;
import io.vswitch.l3.item.Route;
import io.vswitch.l3.item.RouteType;
import io.vswitch.l3.item.VrfTable;
import io.vswitch.renderer.spi.ItemKey;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddress;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4Address;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.BridgeDomainsBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomainBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.bridge.domain.MemberBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.RouteBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.VrfBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.NextHopsBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.Special;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.SpecialBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.VrfLookupBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.next.hops.NextHop;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.next.hops.NextHopBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * Configured entries as items.
 */
class L3MappingTest {
    private static final String NODE = "vpp1";

    static RouteBuilder route(final int vrf, final String prefix) {
        return new RouteBuilder().setVrf(Uint32.valueOf(vrf)).setDestination(Inet.prefix(prefix));
    }

    @Test
    void vrfBecomesOneTablePerFamily() {
        assertEquals(Map.of(InterfaceKeys.vrfKey(NODE, false, 5), new VrfTable(5, false, "blue"),
                InterfaceKeys.vrfKey(NODE, true, 5), new VrfTable(5, true, "blue")),
            L3Mapper.vrf(NODE, new VrfBuilder().setId(Uint32.valueOf(5)).setName("blue").build()));
        assertEquals(Map.of(InterfaceKeys.vrfKey(NODE, true, 6), new VrfTable(6, true, "")),
            L3Mapper.vrf(NODE, new VrfBuilder().setId(Uint32.valueOf(6)).setIpv4(false).build()));
    }

    @Test
    void routesOfEveryKind() {
        final var multipath = route(0, "10.1.0.0/16").setTarget(new NextHopsBuilder().setNextHop(List.of(
                new NextHopBuilder().setId(Uint8.ONE).setInterface("eth0")
                    .setAddress(new IpAddress(new Ipv4Address("10.0.0.2"))).setWeight(Uint8.valueOf(3)).build(),
                new NextHopBuilder().setId(Uint8.TWO).setAddress(new IpAddress(new Ipv4Address("10.0.0.3")))
                    .build()).stream().collect(Collectors.toMap(NextHop::key, Function.identity()))).build())
            .build();
        final Map<ItemKey, Object> items = L3Mapper.route(NODE, multipath);
        final IpPrefix destination = IpPrefix.parse("10.1.0.0/16");
        assertEquals(Map.of(L3Keys.routeKey(NODE, 0, destination), Route.via(0, destination, List.of(
            new io.vswitch.l3.item.NextHop(null, InetAddresses.forString("10.0.0.3"), 1, 0),
            new io.vswitch.l3.item.NextHop("eth0", InetAddresses.forString("10.0.0.2"), 3, 0)))), items);
        assertEquals("vpp1/routes/0/10.1.0.0/16", items.keySet().iterator().next().path());

        assertEquals(RouteType.DROP, L3Mapper.routeOf(route(0, "2001:DB8::/32").setTarget(new SpecialBuilder()
            .setSpecial(Special.Special$.Drop).build()).build()).type());
        final var upperCase = route(0, "2001:DB8::/32").setTarget(new SpecialBuilder()
            .setSpecial(Special.Special$.Drop).build()).build();
        assertEquals("vpp1/routes/0/2001:db8::/32", L3Mapper.route(NODE, upperCase).keySet().iterator().next().path());
        final Route lookup = L3Mapper.routeOf(route(7, "0.0.0.0/0").setTarget(new VrfLookupBuilder()
            .setNextHopVrf(Uint32.ZERO).build()).build());
        assertEquals(Route.lookup(7, IpPrefix.parse("0.0.0.0/0"), 0), lookup);
    }

    @Test
    void aRouteThroughABviAlsoWaitsForTheBvisBridgeDomain() {
        final var entry = route(0, "192.168.100.0/24").setTarget(new NextHopsBuilder().setNextHop(List.of(
                new NextHopBuilder().setId(Uint8.ONE).setInterface("bvi0")
                    .setAddress(new IpAddress(new Ipv4Address("10.10.0.2"))).build())
            .stream().collect(Collectors.toMap(NextHop::key, Function.identity()))).build()).build();
        final Node config = new NodeBuilder().setName(NODE).addAugmentation(new Node1Builder()
            .setBridgeDomains(new BridgeDomainsBuilder().setBridgeDomain(BindingMap.of(new BridgeDomainBuilder()
                .setName("bd1").setBdId(Uint32.ONE).setMember(BindingMap.of(
                    new MemberBuilder().setInterface("bvi0").setBvi(true).build(),
                    new MemberBuilder().setInterface("memif1").build())).build())).build()).build()).build();
        final Route route = (Route) L3Mapper.route(NODE, entry, config).values().iterator().next();
        assertEquals(List.of(L2Keys.memberKey(L2Keys.domainKey(NODE, "bd1"), "bvi0")), route.requires());
        // What it waits for is not part of VPP's route: resync compares without it.
        assertTrue(route.sameInVpp(L3Mapper.routeOf(entry)));
        assertEquals(List.of(), ((Route) L3Mapper.route(NODE, entry, new NodeBuilder().setName(NODE).build())
            .values().iterator().next()).requires());
    }

    @Test
    void aRouteWithoutTargetIsRefusedByTheMapping() {
        final var entry = route(0, "10.0.0.0/8").build();
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> L3Mapper.routeOf(entry)).getMessage().contains("no next hop"));
    }
}
