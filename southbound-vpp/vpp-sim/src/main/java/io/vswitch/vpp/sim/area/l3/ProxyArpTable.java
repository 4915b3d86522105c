package io.vswitch.vpp.sim.area.l3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Proxy ARP ({@code arp_proxy_main}): address ranges per IPv4 table, in the order added, and the interfaces it is
 * enabled on. As in VPP, deleting an interface does not disable proxy ARP on its index.
 */
final class ProxyArpTable {
    /**
     * One range.
     *
     * @param tableId the IPv4 table
     * @param low the first address, as an unsigned 32-bit value
     * @param high the last address
     */
    record Range(int tableId, int low, int high) {
    }

    private final List<Range> ranges = new ArrayList<>();
    private final NavigableSet<Integer> enabled = new TreeSet<>();

    /**
     * {@code vnet_proxy_arp_add_del}: adding an existing range succeeds without a duplicate.
     *
     * @param range the range
     * @param add add or delete
     * @return false when deleting a range that does not exist
     */
    boolean addDel(final Range range, final boolean add) {
        final boolean present = ranges.contains(range);
        if (add && !present) {
            ranges.add(range);
        } else if (!add) {
            return ranges.remove(range);
        }
        return true;
    }

    List<Range> ranges() {
        return Collections.unmodifiableList(ranges);
    }

    void setEnabled(final int swIfIndex, final boolean enable) {
        if (enable) {
            enabled.add(swIfIndex);
        } else {
            enabled.remove(swIfIndex);
        }
    }

    /**
     * The interfaces with proxy ARP on, by ascending index.
     *
     * @return a read-only view
     */
    NavigableSet<Integer> enabled() {
        return Collections.unmodifiableNavigableSet(enabled);
    }
}
