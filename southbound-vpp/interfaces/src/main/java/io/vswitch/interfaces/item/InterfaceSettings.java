package io.vswitch.interfaces.item;

import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The derived aspects of an interface: each becomes an item of its own, so a change here never recreates the
 * interface. Absent (null) aspects are left to VPP.
 *
 * @param enabled admin up
 * @param mtu the L3 MTU, null for VPP's
 * @param mac the MAC address, null for VPP's
 * @param addresses IPv4 and IPv6 addresses, sorted, no duplicates
 * @param ipv4Vrf the IPv4 table
 * @param ipv6Vrf the IPv6 table
 * @param unnumbered the configured name of the interface whose addresses this one borrows, or null
 * @param rxMode the receive mode, null for VPP's
 */
public record InterfaceSettings(boolean enabled, @Nullable Integer mtu, @Nullable MacAddress mac,
        List<IpPrefix> addresses, int ipv4Vrf, int ipv6Vrf, @Nullable String unnumbered, @Nullable RxMode rxMode) {
    /** A new interface in VPP: admin down, nothing set, table 0. */
    public static final InterfaceSettings DEFAULTS = new InterfaceSettings(false, null, null, List.of(), 0, 0, null,
        null);

    /**
     * Sorts and copies the addresses.
     *
     * @param enabled admin up
     * @param mtu the MTU
     * @param mac the MAC
     * @param addresses the addresses
     * @param ipv4Vrf the IPv4 table
     * @param ipv6Vrf the IPv6 table
     * @param unnumbered the address source
     * @param rxMode the receive mode
     */
    public InterfaceSettings {
        addresses = addresses.stream().distinct().sorted().toList();
    }

    /**
     * The VRF of a family.
     *
     * @param ipv6 which family
     * @return the table id
     */
    public int vrf(final boolean ipv6) {
        return ipv6 ? ipv6Vrf : ipv4Vrf;
    }
}
