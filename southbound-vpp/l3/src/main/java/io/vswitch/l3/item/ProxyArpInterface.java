package io.vswitch.l3.item;

import static java.util.Objects.requireNonNull;

/**
 * Proxy ARP enabled on an interface.
 *
 * @param iface the configured interface name
 */
public record ProxyArpInterface(String iface) {
    /**
     * Checks the name.
     *
     * @param iface the interface
     */
    public ProxyArpInterface {
        requireNonNull(iface, "iface");
    }
}
