package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.sim.state.MacAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The L2 FIB's provisioned entries ({@code l2fib_main.mac_table}), keyed like VPP's by MAC and bridge domain index.
 * The simulator passes no traffic, so nothing is learned or aged: every entry is one added by the API or by a BVI.
 * As in VPP, entries outlive the interface they point to and the bridge domain they are in.
 */
final class L2Fib {
    /**
     * The key.
     *
     * @param bdIndex the bridge domain index
     * @param mac the MAC address
     */
    record Key(int bdIndex, MacAddress mac) {
    }

    /**
     * The result.
     *
     * @param swIfIndex the interface, {@code ~0} for a filter entry
     * @param staticMac the static flag
     * @param filter the filter (drop) flag
     * @param bvi the BVI flag
     */
    record Entry(int swIfIndex, boolean staticMac, boolean filter, boolean bvi) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    /**
     * {@code l2fib_add_entry}: adds or overwrites.
     *
     * @param key where
     * @param entry what
     */
    void add(final Key key, final Entry entry) {
        entries.put(key, entry);
    }

    /**
     * {@code l2fib_del_entry}: an entry is deleted only if {@code swIfIndex} is 0 or matches its interface.
     *
     * @param key where
     * @param swIfIndex the interface the caller expects, 0 for any
     * @return true if an entry was deleted
     */
    boolean delete(final Key key, final int swIfIndex) {
        final Entry entry = entries.get(key);
        if (entry == null || swIfIndex != 0 && swIfIndex != entry.swIfIndex()) {
            return false;
        }
        entries.remove(key);
        return true;
    }

    int size() {
        return entries.size();
    }

    /**
     * Visits the entries of one bridge domain index, or all.
     *
     * @param bdIndex the index, {@code ~0} for all
     * @param visitor receives each key and entry
     */
    void forEach(final int bdIndex, final BiConsumer<Key, Entry> visitor) {
        entries.forEach((key, entry) -> {
            if (bdIndex == -1 || key.bdIndex() == bdIndex) {
                visitor.accept(key, entry);
            }
        });
    }
}
