package io.vswitch.vpp.sim.area.l3;

/**
 * VPP's {@code fib_path_type_t}, in its order (paths of an entry sort by preference, then by this).
 */
enum PathKind {
    /** Via a next hop on an interface. */
    ATTACHED_NEXT_HOP,
    /** Out of an interface (glean). */
    ATTACHED,
    /** Via a next hop looked up in a table (or an MPLS label). */
    RECURSIVE,
    /** Drop, ICMP unreachable/prohibit, classify. */
    SPECIAL,
    /** A given DPO, e.g. the IPv6 link-local lookup of {@code fe80::/10}. */
    EXCLUSIVE,
    /** Look the destination up again in another table. */
    DEAG,
    /** Deliver as received on an interface. */
    INTF_RX,
    /** Via a UDP encap object. */
    UDP_ENCAP,
    /** For this host. */
    RECEIVE,
    /** BIER imposition. */
    BIER_IMP,
    /** BIER table. */
    BIER_TABLE,
    /** BIER forwarding mask. */
    BIER_FMASK,
    /** Distributed virtual router: L2 out of an interface. */
    DVR
}
