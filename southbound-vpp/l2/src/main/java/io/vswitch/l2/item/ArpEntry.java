package io.vswitch.l2.item;

import static java.util.Objects.requireNonNull;

import io.vswitch.interfaces.item.MacAddress;
import java.net.InetAddress;

/**
 * An ARP-termination entry of a bridge domain (a derived item of the domain).
 *
 * @param ip the IPv4 or IPv6 address
 * @param mac the MAC answered for it
 */
public record ArpEntry(InetAddress ip, MacAddress mac) {
    /**
     * Checks the components.
     *
     * @param ip the address
     * @param mac the MAC
     */
    public ArpEntry {
        requireNonNull(ip, "ip");
        requireNonNull(mac, "mac");
    }
}
