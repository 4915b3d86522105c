package io.vswitch.vpp.sim.state;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The IP tables (VRFs) of the simulated VPP, per family. Table 0 of each family always exists; others exist
 * once created ({@code ip_table_add_del}, by the L3 area). Shared: interface binding and tunnels check it.
 */
public final class IpTables {
    /**
     * One table.
     *
     * @param ip6 the family
     * @param tableId the table id
     * @param fibIndex VPP's index of the table (0 for table 0, then in creation order)
     * @param name the table's name as VPP shows it
     */
    public record IpTable(boolean ip6, int tableId, int fibIndex, String name) {
        /**
         * VPP's default name of a table, {@code ipv4-VRF:<id>} or {@code ipv6-VRF:<id>}.
         *
         * @param ip6 the family
         * @param tableId the table id
         * @return the name
         */
        public static String defaultName(final boolean ip6, final int tableId) {
            return (ip6 ? "ipv6-VRF:" : "ipv4-VRF:") + Integer.toUnsignedString(tableId);
        }
    }

    private final TreeMap<Integer, IpTable> ip4 = new TreeMap<>(Integer::compareUnsigned);
    private final TreeMap<Integer, IpTable> ip6 = new TreeMap<>(Integer::compareUnsigned);
    private static final int IP6_FIRST_USER_FIB_INDEX = 2;

    private int nextIp4FibIndex;
    private int nextIp6FibIndex;

    /**
     * The registry with the two default tables.
     */
    public IpTables() {
        add(false, 0, IpTable.defaultName(false, 0));
        add(true, 0, IpTable.defaultName(true, 0));
        // VPP creates the IPv6 link-local table at init: it takes fib index 1
        nextIp6FibIndex = IP6_FIRST_USER_FIB_INDEX;
    }

    private TreeMap<Integer, IpTable> family(final boolean isIp6) {
        return isIp6 ? ip6 : ip4;
    }

    /**
     * Whether a table exists ({@code fib_table_find != ~0}).
     *
     * @param isIp6 the family
     * @param tableId the table id
     * @return true if it exists
     */
    public boolean exists(final boolean isIp6, final int tableId) {
        return family(isIp6).containsKey(tableId);
    }

    /**
     * A table.
     *
     * @param isIp6 the family
     * @param tableId the table id
     * @return the table, if it exists
     */
    public Optional<IpTable> get(final boolean isIp6, final int tableId) {
        return Optional.ofNullable(family(isIp6).get(tableId));
    }

    /**
     * Adds a table, or renames an existing one (keeping its fib index).
     *
     * @param isIp6 the family
     * @param tableId the table id
     * @param name the name; empty for VPP's default name
     * @return the table
     */
    public IpTable add(final boolean isIp6, final int tableId, final String name) {
        final String actualName = name.isEmpty() ? IpTable.defaultName(isIp6, tableId) : name;
        final IpTable existing = family(isIp6).get(tableId);
        final int fibIndex;
        if (existing != null) {
            fibIndex = existing.fibIndex();
        } else if (isIp6) {
            fibIndex = nextIp6FibIndex++;
        } else {
            fibIndex = nextIp4FibIndex++;
        }
        final IpTable table = new IpTable(isIp6, tableId, fibIndex, actualName);
        family(isIp6).put(tableId, table);
        return table;
    }

    /**
     * Removes a table; table 0 stays.
     *
     * @param isIp6 the family
     * @param tableId the table id
     * @return true if a table was removed
     */
    public boolean remove(final boolean isIp6, final int tableId) {
        return tableId != 0 && family(isIp6).remove(tableId) != null;
    }

    /**
     * The tables of a family by ascending id.
     *
     * @param isIp6 the family
     * @return an unmodifiable live view
     */
    public Collection<IpTable> all(final boolean isIp6) {
        return Collections.unmodifiableCollection(family(isIp6).values());
    }
}
