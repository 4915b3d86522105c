package io.vswitch.l3.item;

import static java.util.Objects.requireNonNull;

import io.vswitch.interfaces.item.MacAddress;
import java.net.InetAddress;

/**
 * A neighbour entry (ARP / ND) on an interface.
 *
 * @param iface the configured interface name
 * @param ip the neighbour's address
 * @param mac its MAC address
 * @param isStatic whether VPP holds it as static (configured ones always are; a retrieved dynamic one is not)
 */
public record StaticNeighbor(String iface, InetAddress ip, MacAddress mac, boolean isStatic) {
    /**
     * Checks the parts.
     *
     * @param iface the interface
     * @param ip the address
     * @param mac the MAC
     * @param isStatic static or dynamic
     */
    public StaticNeighbor {
        requireNonNull(iface, "iface");
        requireNonNull(ip, "ip");
        requireNonNull(mac, "mac");
    }

    /**
     * A configured (static) neighbour.
     *
     * @param iface the interface
     * @param ip the address
     * @param mac the MAC
     * @return the neighbour
     */
    public static StaticNeighbor of(final String iface, final InetAddress ip, final MacAddress mac) {
        return new StaticNeighbor(iface, ip, mac, true);
    }
}
