package io.vswitch.interfaces.validation;

import static io.vswitch.interfaces.validation.TestInterfaces.afPacket;
import static io.vswitch.interfaces.validation.TestInterfaces.ipv4;
import static io.vswitch.interfaces.validation.TestInterfaces.ipv6;
import static io.vswitch.interfaces.validation.TestInterfaces.loopback;
import static io.vswitch.interfaces.validation.TestInterfaces.memif;
import static io.vswitch.interfaces.validation.TestInterfaces.memifRing;
import static io.vswitch.interfaces.validation.TestInterfaces.memifSlave;
import static io.vswitch.interfaces.validation.TestInterfaces.node;
import static io.vswitch.interfaces.validation.TestInterfaces.sub;
import static io.vswitch.interfaces.validation.TestInterfaces.tap;
import static io.vswitch.interfaces.validation.TestInterfaces.vxlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.renderer.odl.spi.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.AfPacket;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Loopback;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Memif;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.SubInterface;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Vxlan;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.nodes.node.interfaces.InterfaceBuilder;
import org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.node.rev261125.nodes.NodeBuilder;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

class InterfaceValidatorTest {
    private static final String SOCKET = "/run/vpp/memif.sock";
    private static final String PREFIX = "/nodes/node=vpp1/interfaces/interface=";

    private final InterfaceValidator validator = new InterfaceValidator();

    private List<Violation> validate(final InterfaceBuilder... interfaces) {
        return validator.validate(node(interfaces));
    }

    private static Violation violation(final String path, final String reason) {
        return new Violation(PREFIX + path, reason);
    }

    @Test
    void validConfigurationOfEveryKindHasNoViolation() {
        assertEquals(List.of(), validate(
            loopback("loop0").setIpv4Address(ipv4("10.0.0.1/24")).setIpv6Address(ipv6("2001:db8::1/64")),
            loopback("loop1").setIpv4Address(ipv4("10.0.0.1/24")).setVrf(Uint32.valueOf(5)),
            loopback("loop2").setUnnumbered("loop0"),
            memif("memif1", 1, SOCKET).setIpv4Address(ipv4("10.0.1.1/24")),
            memif("memif2", 2, SOCKET),
            memif("memif3", 1, "/run/vpp/other.sock"),
            memifRing("memif4", 3, 2048),
            tap("tap0", 1024, 32768),
            tap("tap1", null, null),
            afPacket("host0", "eth0").setMtu(Uint16.valueOf(9000)),
            vxlan("vx0", "192.0.2.1", "192.0.2.2", 10),
            vxlan("vx1", "192.0.2.1", "192.0.2.2", 11),
            vxlan("vx6", "2001:db8::1", "2001:db8::2", 10),
            sub("host0.10", "host0", 10, 10).setMtu(Uint16.valueOf(1500)),
            sub("host0.20", "host0", 20, 20),
            sub("memif1.10", "memif1", 10, 10)));
    }

    @Test
    void nodeWithoutInterfacesHasNoViolation() {
        assertEquals(List.of(), validator.validate(new NodeBuilder().setName("vpp1").build()));
    }

    @Test
    void interfaceWithoutTypeIsRefused() {
        assertEquals(List.of(violation("loop9/type", "an interface needs a type")),
            validate(loopback("loop9").setType(null)));
    }

    @Test
    void oneSocketFileServesOneRole() {
        assertEquals(List.of(violation("memif2/memif/role", "socket /run/vpp/memif.sock is used by master interface "
            + "memif1; a socket file serves one role, use another socket-filename for a slave")),
            validate(memif("memif1", 1, SOCKET), memifSlave("memif2", 2, SOCKET)));
        assertEquals(List.of(), validate(memif("memif1", 1, SOCKET), memifSlave("memif2", 2, "/run/vpp/s.sock")));
    }

    @Test
    void memifIdReusedOnTheSameSocket() {
        assertEquals(List.of(violation("memif2/memif/id",
            "memif id 1 is already used on socket /run/vpp/memif.sock by interface memif1")),
            validate(memif("memif1", 1, SOCKET), memif("memif2", 1, SOCKET)));
    }

    @Test
    void memifIdReusedOnTheDefaultSocketWrittenAndOmitted() {
        final InterfaceBuilder defaulted = memifRing("memif2", 1, 1024);
        assertEquals(List.of(violation("memif2/memif/id",
            "memif id 1 is already used on socket /run/vpp/memif.sock by interface memif1")),
            validate(memif("memif1", 1, SOCKET), defaulted));
    }

    @ParameterizedTest
    @ValueSource(longs = {1000, 24, 65535 & ~1})
    void memifRingSizeNotAPowerOfTwo(final long ringSize) {
        assertEquals(List.of(violation("memif1/memif/ring-size", "memif ring size " + ringSize
            + " is not a power of two")), validate(memifRing("memif1", 1, ringSize)));
    }

    @Test
    void tapRingSizesNotAPowerOfTwoOrTooLarge() {
        assertEquals(List.of(
            violation("tap0/tap/rx-ring-size", "tap rx ring size 300 must be a power of two from 1 to 32768"),
            violation("tap0/tap/tx-ring-size", "tap tx ring size 40000 must be a power of two from 1 to 32768"),
            violation("tap1/tap/rx-ring-size", "tap rx ring size 0 must be a power of two from 1 to 32768")),
            validate(tap("tap0", 300, 40000), tap("tap1", 0, null)));
    }

    @Test
    void memifParametersOnAnotherType() {
        assertEquals(List.of(violation("m/type", "type loopback does not match the memif parameters given")),
            validate(memif("m", 1, SOCKET).setType(Loopback.VALUE)));
    }

    @Test
    void vxlanParametersOnAMemif() {
        assertEquals(List.of(violation("v/type", "type memif does not match the vxlan parameters given")),
            validate(vxlan("v", "192.0.2.1", "192.0.2.2", 1).setType(Memif.VALUE)));
    }

    @Test
    void mandatoryParametersMissing() {
        assertEquals(List.of(
            violation("a/af-packet", "type af-packet needs its af-packet parameters"),
            violation("m/memif", "type memif needs its memif parameters"),
            violation("s/sub-interface", "type sub-interface needs its sub-interface parameters"),
            violation("v/vxlan", "type vxlan needs its vxlan parameters")),
            validate(new InterfaceBuilder().setName("v").setType(Vxlan.VALUE),
                new InterfaceBuilder().setName("a").setType(AfPacket.VALUE),
                new InterfaceBuilder().setName("m").setType(Memif.VALUE),
                new InterfaceBuilder().setName("s").setType(SubInterface.VALUE)));
    }

    @Test
    void tapWithoutParametersIsFine() {
        assertEquals(List.of(), validate(new InterfaceBuilder().setName("tap0")
            .setType(org.opendaylight.yang.gen.v1.urn.io.vswitch.yang.interfaces.rev261125.Tap.VALUE)));
    }

    @Test
    void vxlanWithEqualSourceAndDestination() {
        assertEquals(List.of(
            violation("vx0/vxlan/destination-address", "VXLAN destination 192.0.2.1 equals the source"),
            violation("vx6/vxlan/destination-address", "VXLAN destination 2001:db8::1 equals the source")),
            validate(vxlan("vx0", "192.0.2.1", "192.0.2.1", 1),
                vxlan("vx6", "2001:db8::1", "2001:db8:0:0::1", 1)));
    }

    @Test
    void vxlanWithMixedFamilies() {
        assertEquals(List.of(violation("vx0/vxlan/destination-address",
            "VXLAN source 192.0.2.1 is IPv4 but destination 2001:db8::2 is IPv6")),
            validate(vxlan("vx0", "192.0.2.1", "2001:db8::2", 1)));
    }

    @Test
    void vxlanTunnelDefinedTwice() {
        assertEquals(List.of(violation("vx1/vxlan/vni",
            "VXLAN tunnel from 192.0.2.1 to 192.0.2.2 with VNI 7 in VRF 0 already exists as interface vx0")),
            validate(vxlan("vx0", "192.0.2.1", "192.0.2.2", 7), vxlan("vx1", "192.0.2.1", "192.0.2.2", 7)));
    }

    @Test
    void subInterfaceParentMissing() {
        assertEquals(List.of(violation("eth9.10/sub-interface/parent",
            "parent eth9 is not an interface of node vpp1")), validate(sub("eth9.10", "eth9", 10, 10)));
    }

    @Test
    void subInterfaceIsItsOwnParent() {
        assertEquals(List.of(violation("s/sub-interface/parent", "a sub-interface cannot be its own parent")),
            validate(sub("s", "s", 10, 10)));
    }

    @Test
    void subInterfaceOfASubInterface() {
        assertEquals(List.of(violation("h.10.20/sub-interface/parent",
            "parent h.10 is itself a sub-interface; stacked VLANs are not supported")),
            validate(afPacket("h", "eth0"), sub("h.10", "h", 10, 10), sub("h.10.20", "h.10", 20, 20)));
    }

    @Test
    void subInterfacesWithTheSameParentAndSubId() {
        assertEquals(List.of(violation("h.b/sub-interface/sub-id",
            "sub-id 10 on h is already used by interface h.a")),
            validate(afPacket("h", "eth0"), sub("h.a", "h", 10, 10), sub("h.b", "h", 10, 11)));
    }

    @Test
    void subInterfacesWithTheSameParentAndVlan() {
        assertEquals(List.of(violation("h.b/sub-interface/vlan-id",
            "VLAN 10 on h is already used by interface h.a")),
            validate(afPacket("h", "eth0"), sub("h.a", "h", 10, 10), sub("h.b", "h", 11, 10)));
    }

    @Test
    void subInterfaceMtuAboveItsParents() {
        assertEquals(List.of(violation("h.10/mtu", "MTU 9000 is above the MTU 1500 of its parent h")),
            validate(afPacket("h", "eth0").setMtu(Uint16.valueOf(1500)),
                sub("h.10", "h", 10, 10).setMtu(Uint16.valueOf(9000))));
    }

    @Test
    void unnumberedToItself() {
        assertEquals(List.of(violation("loop0/unnumbered", "an interface cannot be unnumbered to itself")),
            validate(loopback("loop0").setUnnumbered("loop0")));
    }

    @Test
    void unnumberedToAMissingInterface() {
        assertEquals(List.of(violation("loop0/unnumbered",
            "unnumbered refers to loop9, which is not an interface of node vpp1")),
            validate(loopback("loop0").setUnnumbered("loop9")));
    }

    @Test
    void unnumberedWithItsOwnAddresses() {
        assertEquals(List.of(
            violation("loop1/ipv4-address", "an unnumbered interface borrows the addresses of loop0 and cannot "
                + "have IPv4 addresses of its own"),
            violation("loop1/ipv6-address", "an unnumbered interface borrows the addresses of loop0 and cannot "
                + "have IPv6 addresses of its own")),
            validate(loopback("loop0").setIpv4Address(ipv4("10.0.0.1/24")),
                loopback("loop1").setUnnumbered("loop0").setIpv4Address(ipv4("10.0.1.1/24"))
                    .setIpv6Address(ipv6("2001:db8::1/64"))));
    }

    @Test
    void samePrefixOnTwoInterfacesOfOneVrf() {
        assertEquals(List.of(violation("loop1/ipv4-address=10.0.0.2%2F24",
            "10.0.0.2/24 overlaps 10.0.0.1/24 of interface loop0 in VRF 0")),
            validate(loopback("loop0").setIpv4Address(ipv4("10.0.0.1/24")),
                loopback("loop1").setIpv4Address(ipv4("10.0.0.2/24"))));
    }

    @Test
    void nestedPrefixesOnTwoInterfacesOfOneVrf() {
        assertEquals(List.of(violation("loop0/ipv6-address=2001:db8:0:1::1%2F64",
            "2001:db8:0:1::1/64 overlaps 2001:db8::1/48 of interface loop1 in VRF 3")),
            validate(loopback("loop0").setIpv6Address(ipv6("2001:db8:0:1::1/64")).setVrf(Uint32.valueOf(3)),
                loopback("loop1").setIpv6Address(ipv6("2001:db8::1/48")).setVrf(Uint32.valueOf(3))));
    }

    @Test
    void disjointOrOtherVrfPrefixesAndOneInterfacesOwnAreFine() {
        assertEquals(List.of(), validate(
            loopback("loop0").setIpv4Address(ipv4("10.0.0.1/24", "10.0.0.2/24", "10.0.1.1/24")),
            loopback("loop1").setIpv4Address(ipv4("10.0.2.1/24")),
            loopback("loop2").setIpv4Address(ipv4("10.0.0.1/24")).setVrf(Uint32.valueOf(1))));
    }

    @Test
    void everyViolationOfOneCommitIsReported() {
        assertEquals(3, validate(memif("memif1", 1, SOCKET), memif("memif2", 1, SOCKET),
            vxlan("vx0", "192.0.2.1", "192.0.2.1", 1), loopback("loop0").setUnnumbered("loop0")).size());
    }

    @Test
    void keyValuesArePercentEncodedInPaths() {
        assertEquals(List.of(violation("a%2Fb/unnumbered", "an interface cannot be unnumbered to itself")),
            validate(loopback("a/b").setUnnumbered("a/b")));
    }
}
