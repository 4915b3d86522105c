package io.vswitch.l3.item;

import static java.util.Objects.requireNonNull;

import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.renderer.spi.ItemKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A static route, in the canonical form both the configuration and VPP's dump map to, so that {@code equals} is
 * the resync comparison: next hops sorted, and on a host route a next hop whose address is the destination itself
 * (VPP's form of a host route out of an interface) without that address.
 *
 * @param vrf the route's table
 * @param destination the prefix, host bits zero
 * @param type what the route does
 * @param nextHops the paths of a {@link RouteType#FORWARD} route (one or more), else empty
 * @param nextHopVrf the table a {@link RouteType#VRF_LOOKUP} route looks up in, else 0
 */
public record Route(int vrf, IpPrefix destination, RouteType type, List<NextHop> nextHops, int nextHopVrf,
        List<ItemKey> requires) {
    /**
     * Makes the canonical form.
     *
     * @param vrf the table
     * @param destination the prefix
     * @param type the type
     * @param nextHops the paths, in any order
     * @param nextHopVrf the lookup table
     */
    public Route {
        requireNonNull(destination, "destination");
        requireNonNull(type, "type");
        nextHops = canonical(destination, nextHops);
        requires = List.copyOf(requires);
        if (type == RouteType.FORWARD && nextHops.isEmpty()) {
            throw new IllegalArgumentException("route " + destination + " has no next hop");
        }
    }

    /**
     * A route that needs nothing beyond its own parts.
     *
     * @param vrf the table
     * @param destination the prefix
     * @param type the type
     * @param nextHops the paths, in any order
     * @param nextHopVrf the lookup table
     */
    public Route(final int vrf, final IpPrefix destination, final RouteType type, final List<NextHop> nextHops,
            final int nextHopVrf) {
        this(vrf, destination, type, nextHops, nextHopVrf, List.of());
    }

    /**
     * This route, also waiting for the given items (e.g. the bridge domain of a BVI it goes through).
     *
     * @param items what else the route needs
     * @return the route
     */
    public Route requiring(final List<ItemKey> items) {
        return new Route(vrf, destination, type, nextHops, nextHopVrf, items);
    }

    /**
     * Whether VPP's route equals this one: what else it waits for is not part of VPP's route.
     *
     * @param other a route as VPP holds it
     * @return true when they program the same thing
     */
    public boolean sameInVpp(final Route other) {
        return vrf == other.vrf && nextHopVrf == other.nextHopVrf && destination.equals(other.destination)
            && type == other.type && nextHops.equals(other.nextHops);
    }

    /**
     * A route through next hops.
     *
     * @param vrf the table
     * @param destination the prefix
     * @param nextHops one or more
     * @return the route
     */
    public static Route via(final int vrf, final IpPrefix destination, final List<NextHop> nextHops) {
        return new Route(vrf, destination, RouteType.FORWARD, nextHops, 0);
    }

    /**
     * A route with no next hop: drop or local.
     *
     * @param vrf the table
     * @param destination the prefix
     * @param type {@link RouteType#DROP} or {@link RouteType#LOCAL}
     * @return the route
     */
    public static Route special(final int vrf, final IpPrefix destination, final RouteType type) {
        return new Route(vrf, destination, type, List.of(), 0);
    }

    /**
     * A lookup in another VRF.
     *
     * @param vrf the table
     * @param destination the prefix
     * @param nextHopVrf the table to look up in
     * @return the route
     */
    public static Route lookup(final int vrf, final IpPrefix destination, final int nextHopVrf) {
        return new Route(vrf, destination, RouteType.VRF_LOOKUP, List.of(), nextHopVrf);
    }

    /**
     * Whether this is an IPv6 route.
     *
     * @return true for IPv6
     */
    public boolean isIpv6() {
        return destination.isIpv6();
    }

    /**
     * The paths in words, as the operational twin shows them.
     *
     * @return e.g. {@code [via 10.0.0.2 uplink weight 1 preference 0]}, {@code [drop]}
     */
    public List<String> describePaths() {
        return switch (type) {
            case FORWARD -> nextHops.stream().map(NextHop::toString).toList();
            case DROP -> List.of("drop");
            case LOCAL -> List.of("local");
            case VRF_LOOKUP -> List.of("lookup in VRF " + Integer.toUnsignedString(nextHopVrf));
            case UNRECOGNISED -> List.of("not created by this controller");
        };
    }

    private static List<NextHop> canonical(final IpPrefix destination, final List<NextHop> nextHops) {
        final boolean host = destination.length() == destination.address().getAddress().length * Byte.SIZE;
        if (nextHops.size() == 1 && !host) {
            return List.of(nextHops.get(0));
        }
        final List<NextHop> sorted = new ArrayList<>(nextHops.size());
        for (NextHop hop : nextHops) {
            sorted.add(host && hop.iface() != null && destination.address().equals(hop.address())
                ? hop.withoutAddress() : hop);
        }
        sorted.sort(null);
        return List.copyOf(sorted);
    }
}
