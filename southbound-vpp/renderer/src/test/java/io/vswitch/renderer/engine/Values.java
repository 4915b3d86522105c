package io.vswitch.renderer.engine;

import io.vswitch.renderer.spi.ItemKey;
import java.util.List;

/**
 * The test's item values and keys: interfaces (with derived addresses), VRFs and routes, on node vpp1.
 */
final class Values {
    static final String NODE = "vpp1";

    record Iface(String type, int mtu, List<String> addresses, int vrf) {
        Iface {
            addresses = addresses.stream().sorted().toList();
        }

        static Iface loopback(final String... addresses) {
            return new Iface("loopback", 1500, List.of(addresses), 0);
        }

        Iface withMtu(final int newMtu) {
            return new Iface(type, newMtu, addresses, vrf);
        }

        Iface withType(final String newType) {
            return new Iface(newType, mtu, addresses, vrf);
        }

        Iface withVrf(final int newVrf) {
            return new Iface(type, mtu, addresses, newVrf);
        }

        Iface withAddresses(final String... newAddresses) {
            return new Iface(type, mtu, List.of(newAddresses), vrf);
        }
    }

    record Address(String ip) {
    }

    record Vrf(int id) {
    }

    record Route(String prefix, String via) {
    }

    private Values() {
        // constants and factories
    }

    static ItemKey iface(final String name) {
        return ItemKey.of(NODE, "interfaces", name);
    }

    static ItemKey address(final String iface, final String ip) {
        return iface(iface).child("address", ip);
    }

    static ItemKey vrf(final int id) {
        return ItemKey.of(NODE, "vrfs", String.valueOf(id));
    }

    static ItemKey route(final String prefix) {
        return ItemKey.of(NODE, "routes", prefix);
    }
}
