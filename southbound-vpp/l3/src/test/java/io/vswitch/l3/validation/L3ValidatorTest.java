package io.vswitch.l3.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.MacAddress;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.InterfacesBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.Node1Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.L3Builder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Neighbor;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.NeighborBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.ProxyArpBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Route;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.RouteBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.Vrf;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.VrfBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.proxy.arp.Range;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.proxy.arp.RangeBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.NextHopsBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.VrfLookupBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.next.hops.NextHop;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l3.rev261125.nodes.node.l3.route.target.next.hops.NextHopBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.Node;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.common.Uint8;

/**
 * The L3 commit rules, one violation at a time.
 */
class L3ValidatorTest {
    private final L3Validator validator = new L3Validator();

    private static Node node(final List<Vrf> vrfs, final List<Route> routes, final List<Neighbor> neighbors,
            final List<Range> ranges) {
        final var eth0 = new InterfaceBuilder().setName("eth0").build();
        return new NodeBuilder().setName("vpp1")
            .addAugmentation(new org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Node1Builder()
                .setInterfaces(new InterfacesBuilder().setInterface(Map.of(eth0.key(), eth0)).build()).build())
            .addAugmentation(new Node1Builder().setL3(new L3Builder()
                .setVrf(vrfs.stream().collect(Collectors.toMap(Vrf::key, Function.identity())))
                .setRoute(routes.stream().collect(Collectors.toMap(Route::key, Function.identity())))
                .setNeighbor(neighbors.stream().collect(Collectors.toMap(Neighbor::key, Function.identity())))
                .setProxyArp(new ProxyArpBuilder()
                    .setRange(ranges.stream().collect(Collectors.toMap(Range::key, Function.identity()))).build())
                .build()).build())
            .build();
    }

    private static Route via(final int vrf, final String prefix, final NextHop... hops) {
        return new RouteBuilder().setVrf(Uint32.valueOf(vrf)).setDestination(Inet.prefix(prefix))
            .setTarget(new NextHopsBuilder().setNextHop(List.of(hops).stream()
                .collect(Collectors.toMap(NextHop::key, Function.identity()))).build()).build();
    }

    private static NextHop hop(final int id, final String iface, final String address) {
        return new NextHopBuilder().setId(Uint8.valueOf(id)).setInterface(iface)
            .setAddress(address == null ? null : Inet.address(address)).build();
    }

    private List<Violation> routes(final Route... routes) {
        return validator.validate(node(List.of(new VrfBuilder().setId(Uint32.valueOf(5)).setIpv6(false).build()),
            List.of(routes), List.of(), List.of()));
    }

    private static void assertOne(final List<Violation> violations, final String path, final String reason) {
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(path, violations.get(0).path());
        assertTrue(violations.get(0).reason().contains(reason), violations.get(0).reason());
    }

    @Test
    void validConfigurationPasses() {
        assertEquals(List.of(), routes(via(0, "10.0.0.0/8", hop(1, "eth0", "10.0.0.1"), hop(2, null, "10.0.0.2")),
            via(5, "0.0.0.0/0", hop(1, "eth0", null))));
    }

    @Test
    void aNextHopInterfaceNotConfiguredYetIsAccepted() {
        // the route is pending until the interface exists, which the renderer shows
        assertEquals(List.of(), routes(via(0, "10.0.0.0/8", hop(1, "eth9", null))));
    }

    @Test
    void hostBitsAndDuplicatePrefixesAreRefused() {
        assertOne(routes(via(0, "10.0.0.1/8", hop(1, "eth0", null))),
            "/nodes/node=vpp1/l3/route=0,10.0.0.1%2F8/destination", "the network is 10.0.0.0/8");
        assertOne(routes(via(0, "2001:db8::/32", hop(1, "eth0", null)), via(0, "2001:DB8::/32", hop(1, "eth0", null))),
            "/nodes/node=vpp1/l3/route=0,2001:DB8::%2F32/destination", "same prefix");
    }

    @Test
    void addressFamiliesMustAgree() {
        assertOne(routes(via(0, "10.0.0.0/8", hop(1, "eth0", "2001:db8::1"))),
            "/nodes/node=vpp1/l3/route=0,10.0.0.0%2F8/next-hop=1/address", "not IPv4");
        assertOne(routes(via(5, "2001:db8::/32", hop(1, "eth0", null))),
            "/nodes/node=vpp1/l3/route=5,2001:db8::%2F32/vrf", "not declared as a VRF with ipv6");
    }

    @Test
    void vrfsAndRequiredLeaves() {
        assertOne(routes(new RouteBuilder().setVrf(Uint32.ZERO).setDestination(
            Inet.prefix("10.0.0.0/8")).setTarget(new VrfLookupBuilder()
                .setNextHopVrf(Uint32.valueOf(9)).build()).build()),
            "/nodes/node=vpp1/l3/route=0,10.0.0.0%2F8/next-hop-vrf", "next-hop VRF 9 is not declared");
        assertOne(routes(new RouteBuilder().setVrf(Uint32.ZERO).setDestination(
            Inet.prefix("10.0.0.0/8")).build()),
            "/nodes/node=vpp1/l3/route=0,10.0.0.0%2F8", "required");
        assertOne(routes(via(0, "10.0.0.0/8", hop(1, null, null))),
            "/nodes/node=vpp1/l3/route=0,10.0.0.0%2F8/next-hop=1", "required");
        final var noMac = new NeighborBuilder().setInterface("eth0")
            .setIpAddress(Inet.address("10.0.0.9")).build();
        assertOne(validator.validate(node(List.of(), List.of(), List.of(noMac), List.of())),
            "/nodes/node=vpp1/l3/neighbor=eth0,10.0.0.9/mac-address", "required");
        final var withMac = new NeighborBuilder(noMac).setMacAddress(new MacAddress("02:00:00:00:00:01")).build();
        assertEquals(List.of(), validator.validate(node(List.of(), List.of(), List.of(withMac), List.of())));
        final var backwards = new RangeBuilder().setVrf(Uint32.valueOf(3)).setLow(new Ipv4AddressNoZone("10.0.0.9"))
            .setHigh(new Ipv4AddressNoZone("10.0.0.1")).build();
        assertEquals(2, validator.validate(node(List.of(), List.of(), List.of(), List.of(backwards))).size());
    }
}
