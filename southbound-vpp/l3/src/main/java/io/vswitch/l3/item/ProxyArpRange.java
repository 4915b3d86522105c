package io.vswitch.l3.item;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;

/**
 * An IPv4 range VPP answers ARP requests for.
 *
 * @param vrf the table
 * @param low the first address
 * @param high the last address
 */
public record ProxyArpRange(int vrf, Inet4Address low, Inet4Address high) {
    /**
     * Checks the parts.
     *
     * @param vrf the table
     * @param low the first address
     * @param high the last address
     */
    public ProxyArpRange {
        requireNonNull(low, "low");
        requireNonNull(high, "high");
    }
}
