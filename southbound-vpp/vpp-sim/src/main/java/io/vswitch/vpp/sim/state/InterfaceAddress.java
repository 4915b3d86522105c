package io.vswitch.vpp.sim.state;

/**
 * An address configured on an interface.
 *
 * @param prefix the address and its prefix length
 * @param stale marked by {@code sw_interface_address_replace_begin} and not re-added since
 */
public record InterfaceAddress(IpPrefix prefix, boolean stale) {
    /**
     * A fresh (non-stale) address.
     *
     * @param prefix the address and its prefix length
     * @return the address entry
     */
    public static InterfaceAddress of(final IpPrefix prefix) {
        return new InterfaceAddress(prefix, false);
    }
}
