package io.vswitch.vpp.sim.state;

/**
 * The per-protocol MTUs of a software interface ({@code VNET_MTU_L3, IP4, IP6, MPLS}); 0 means "not set".
 *
 * @param l3 the L3 MTU
 * @param ip4 the IPv4 MTU
 * @param ip6 the IPv6 MTU
 * @param mpls the MPLS MTU
 */
public record Mtu(int l3, int ip4, int ip6, int mpls) {
    /** All zero, as {@code local0} and sub-interfaces start. */
    public static final Mtu NONE = new Mtu(0, 0, 0, 0);

    /**
     * The MTUs of a new Ethernet interface: L3 at the link MTU, the others unset.
     *
     * @param linkMtu the link MTU
     * @return the MTUs
     */
    public static Mtu ofL3(final int linkMtu) {
        return new Mtu(linkMtu, 0, 0, 0);
    }

    /**
     * The four values in API order.
     *
     * @return {l3, ip4, ip6, mpls}
     */
    public int[] toArray() {
        return new int[] {l3, ip4, ip6, mpls};
    }

    @Override
    public String toString() {
        return l3 + "/" + ip4 + "/" + ip6 + "/" + mpls;
    }
}
