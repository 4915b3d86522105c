package io.vswitch.vpp.sim.area.l3;

/**
 * The FIB sources the simulator models ({@code fib_source_t}), by priority: where several contribute to one entry,
 * the one with the lowest priority value provides its forwarding and its paths in dumps.
 */
enum FibSource {
    /** Class D/E drops and the IPv6 link-local entry; nothing overrides them. */
    SPECIAL(0x00),
    /** Interface addresses: connected, local, and the drops around a subnet. */
    INTERFACE(0x03),
    /** Routes added with {@code ip_route_add_del}. */
    API(0x80),
    /** Neighbour host routes ({@code ip_neighbor_adj_fib_add}). */
    ADJ(0xd0),
    /** The default route and the other drops every table starts with. */
    DEFAULT_ROUTE(0xfd);

    private final int priority;

    FibSource(final int priority) {
        this.priority = priority;
    }

    boolean beats(final FibSource other) {
        return priority < other.priority;
    }
}
