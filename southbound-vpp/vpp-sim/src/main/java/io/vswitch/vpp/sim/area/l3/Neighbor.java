package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.sim.state.MacAddress;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * An IP neighbour ({@code ip_neighbor_t}) added by the API.
 *
 * @param swIfIndex the interface
 * @param ip the neighbour's address
 * @param mac its MAC
 * @param isStatic static (else dynamic: flushed when the interface goes admin down)
 * @param noFibEntry whether VPP adds no /32 (/128) adjacency route for it
 * @param updatedNanos when it was last added or changed ({@link System#nanoTime()})
 * @param adjIndex the index of its adjacency, reported as {@code stats_index}; {@code ~0} when it has none
 */
record Neighbor(int swIfIndex, InetAddress ip, MacAddress mac, boolean isStatic, boolean noFibEntry,
        long updatedNanos, int adjIndex) {
    /** {@code IP_API_NEIGHBOR_FLAG_STATIC}. */
    static final int API_STATIC = 1;
    /** {@code IP_API_NEIGHBOR_FLAG_NO_FIB_ENTRY}. */
    static final int API_NO_FIB_ENTRY = 2;

    boolean isIp6() {
        return ip instanceof Inet6Address;
    }

    /**
     * Whether VPP puts an adjacency route for this neighbour in the interface's table (link-local IPv6 neighbours
     * go to the link-local table instead).
     *
     * @return true if the neighbour has a route in the FIB
     */
    boolean hasFibEntry() {
        return !noFibEntry && !(ip instanceof Inet6Address && ip.isLinkLocalAddress());
    }

    /**
     * The flags {@code ip_neighbor_flags_encode} reports.
     *
     * @return {@code vl_api_ip_neighbor_flags_t}
     */
    int apiFlags() {
        return (isStatic ? API_STATIC : 0) | (noFibEntry ? API_NO_FIB_ENTRY : 0);
    }

    /**
     * The flags as {@code format_ip_neighbor_flags} prints them.
     *
     * @return e.g. {@code S}, {@code D}, {@code SN}
     */
    String cliFlags() {
        return (isStatic ? "S" : "D") + (noFibEntry ? "N" : "");
    }
}
