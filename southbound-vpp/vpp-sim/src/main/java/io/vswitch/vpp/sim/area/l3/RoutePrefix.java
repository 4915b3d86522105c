package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.api.message.types.Address;
import io.vswitch.vpp.api.message.types.Prefix;
import java.util.Comparator;

/**
 * A route's destination. VPP keys FIB entries by the masked prefix ({@link #key()}) but keeps the address as it was
 * first given, host bits included, and returns that form in {@code ip_route_details}.
 *
 * @param address the address
 * @param length the prefix length
 */
record RoutePrefix(IpBits address, int length) {
    /** VPP's API dump order: by length, then address ({@code ip4_fib_table_walk} goes length by length). */
    static final Comparator<RoutePrefix> BY_LENGTH = Comparator.comparingInt(RoutePrefix::length)
        .thenComparing(RoutePrefix::address, IpBits::compareTo);
    /** The CLI's order ({@code fib_entry_cmp_for_sort}): by address, then length. */
    static final Comparator<RoutePrefix> BY_ADDRESS = Comparator.comparing(RoutePrefix::address, IpBits::compareTo)
        .thenComparingInt(RoutePrefix::length);

    /**
     * The FIB key: this prefix with its host bits cleared.
     *
     * @return the masked prefix
     */
    RoutePrefix key() {
        return new RoutePrefix(address.masked(length), length);
    }

    boolean isHost() {
        return length == address.width();
    }

    /**
     * The API form.
     *
     * @return a {@code vl_api_prefix_t}
     */
    Prefix toApi() {
        return new Prefix(new Address(address.ip6() ? 1 : 0, address.toUnion()), length);
    }

    /**
     * The text VPP's CLI prints ({@code format_fib_prefix} masks the host bits).
     *
     * @return {@code address/length}
     */
    String toCliString() {
        return address.masked(length) + "/" + length;
    }
}
