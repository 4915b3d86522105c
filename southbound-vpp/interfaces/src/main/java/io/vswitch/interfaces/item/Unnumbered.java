package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

/**
 * Derived: the interface borrows the addresses of another one of the node.
 *
 * @param source the configured name of the interface lending its addresses
 * @param ipv4Vrf the borrower's IPv4 table (VPP wants both in the same tables: bound first)
 * @param ipv6Vrf the borrower's IPv6 table
 */
public record Unnumbered(String source, int ipv4Vrf, int ipv6Vrf) {
    /**
     * Checks the source.
     *
     * @param source the source
     * @param ipv4Vrf the IPv4 table
     * @param ipv6Vrf the IPv6 table
     */
    public Unnumbered {
        requireNonNull(source, "source");
    }
}
