package io.vswitch.l2.validation;

import static io.vswitch.l2.L2Config.afPacket;
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

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.Interface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.bridge.domains.BridgeDomain;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.l2.rev261125.nodes.node.xconnects.Xconnect;

class L2ValidatorTest {
    private static final List<Interface> INTERFACES = List.of(loopback("bvi0"), loopback("bvi1"), afPacket("up0"),
        afPacket("up1"), afPacket("up2"));
    private static final String BD1 = "/nodes/node=vpp1/bridge-domains/bridge-domain=bd1";

    private static List<Violation> validate(final List<BridgeDomain> domains, final List<Xconnect> xconnects) {
        return new L2Validator().validate(node(INTERFACES, domains, xconnects));
    }

    @Test
    void aValidConfigurationPasses() {
        assertEquals(List.of(), validate(List.of(
            withArp(withFib(domain("bd1", 10L, List.of(member("bvi0", true, 0), member("up0", false, 1))),
                fib("02:00:00:00:00:01", "up0"), filter("02:00:00:00:00:02")), arp("10.0.0.1", "02:00:00:00:00:03"))
                .build(),
            domain("bd2", 11L, List.of(member("up1"))).build()),
            List.of(xconnect("up2", "up1"))));
    }

    @Test
    void bdIdIsRequiredAndUniquePerNode() {
        assertEquals(List.of(new Violation(BD1 + "/bd-id", "bd-id is required"),
                new Violation("/nodes/node=vpp1/bridge-domains/bridge-domain=bd3/bd-id",
                    "bd-id 10 is already used by bridge domain bd2")),
            validate(List.of(domain("bd1", null, List.of()).build(), domain("bd2", 10L, List.of()).build(),
                domain("bd3", 10L, List.of()).build()), List.of()));
    }

    @Test
    void atMostOneBviPerDomainAndItIsALoopback() {
        assertEquals(List.of(new Violation(BD1 + "/member=bvi1/bvi", "bridge domain bd1 already has BVI bvi0"),
                new Violation(BD1 + "/member=up0/bvi", "bridge domain bd1 already has BVI bvi0"),
                new Violation(BD1 + "/member=up0/bvi", "a BVI must be a loopback; up0 is not")),
            validate(List.of(domain("bd1", 10L, List.of(member("bvi0", true, 0), member("bvi1", true, 0),
                member("up0", true, 0))).build()), List.of()));
    }

    @Test
    void membersAreExistingInterfacesInOneDomainOrCrossConnectOnly() {
        assertEquals(List.of(new Violation(BD1 + "/member=ghost",
                    "refers to interface ghost that does not exist on this node"),
                new Violation("/nodes/node=vpp1/bridge-domains/bridge-domain=bd2/member=up0",
                    "interface up0 is already in bridge domain bd1"),
                new Violation("/nodes/node=vpp1/xconnects/xconnect=up0",
                    "interface up0 is already in bridge domain bd1")),
            validate(List.of(domain("bd1", 10L, List.of(member("up0"), member("ghost"))).build(),
                domain("bd2", 11L, List.of(member("up0"))).build()), List.of(xconnect("up0", "up1"))));
    }

    @Test
    void fibEntriesPointAtMembersAndArpEntriesHaveTheirMac() {
        assertEquals(List.of(
                new Violation(BD1 + "/fib-entry=02:00:00:00:00:01/outgoing-interface",
                    "interface up1 is not a member of bridge domain bd1"),
                new Violation(BD1 + "/arp-termination-entry=10.0.0.1/mac-address", "mac-address is required")),
            validate(List.of(withArp(withFib(domain("bd1", 10L, List.of(member("up0"))),
                fib("02:00:00:00:00:01", "up1")), arp("10.0.0.1", null)).build()), List.of()));
    }

    @Test
    void crossConnectsJoinTwoExistingInterfaces() {
        assertEquals(List.of(new Violation("/nodes/node=vpp1/xconnects/xconnect=ghost",
                    "refers to interface ghost that does not exist on this node"),
                new Violation("/nodes/node=vpp1/xconnects/xconnect=up0/transmit-interface",
                    "refers to interface nowhere that does not exist on this node"),
                new Violation("/nodes/node=vpp1/xconnects/xconnect=up1/transmit-interface",
                    "an interface cannot be cross-connected to itself")),
            validate(List.of(), List.of(xconnect("ghost", "up0"), xconnect("up0", "nowhere"),
                xconnect("up1", "up1"))));
    }
}
