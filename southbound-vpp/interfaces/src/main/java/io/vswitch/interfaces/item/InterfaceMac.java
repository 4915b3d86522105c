package io.vswitch.interfaces.item;

import static java.util.Objects.requireNonNull;

/**
 * Derived: a configured MAC address.
 *
 * @param mac the address
 */
public record InterfaceMac(MacAddress mac) {
    /**
     * Checks the address.
     *
     * @param mac the address
     */
    public InterfaceMac {
        requireNonNull(mac, "mac");
    }
}
