package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

/**
 * Derived: one IP address of an interface, with the interface's table of that family (the address must be added
 * after the interface is bound to its table: VPP refuses a table change while addresses exist).
 *
 * @param prefix the address and prefix length
 * @param vrf the interface's table of this family
 */
public record InterfaceAddress(IpPrefix prefix, int vrf) {
    /**
     * Checks the prefix.
     *
     * @param prefix the prefix
     * @param vrf the table
     */
    public InterfaceAddress {
        requireNonNull(prefix, "prefix");
    }
}
