package io.vswitch.l3.item;

/**
 * What a route does with matching packets.
 */
public enum RouteType {
    /** Forward through its next hops. */
    FORWARD,
    /** Drop (blackhole). */
    DROP,
    /** Deliver to this VPP host. */
    LOCAL,
    /** Look the destination up again in another VRF. */
    VRF_LOOKUP,
    /** A retrieved route whose paths this area does not create (never equal to a configured route). */
    UNRECOGNISED
}
