package io.vswitch.vpp.sim.area.l3;

import io.vswitch.vpp.sim.state.MacAddress;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The IP neighbour database ({@code ip_neighbor_db}), keyed by interface and address, with VPP's rules for adding:
 * an existing entry is updated, a dynamic one may become static but not the reverse, and a dynamic add with
 * another MAC over a static entry is refused.
 */
final class Neighbors {
    /**
     * The key.
     *
     * @param swIfIndex the interface
     * @param ip the address
     */
    record Key(int swIfIndex, InetAddress ip) {
    }

    /** What {@code ip_neighbor_add} returns for a dynamic add that would overwrite a static entry's MAC. */
    static final int REFUSED_OVER_STATIC = -2;

    private final Map<Key, Neighbor> entries = new LinkedHashMap<>();
    private int nextAdjIndex = 1;

    /**
     * {@code ip_neighbor_add}.
     *
     * @param swIfIndex the interface
     * @param ip the address
     * @param mac the MAC
     * @param isStatic static or dynamic
     * @param noFibEntry no adjacency route
     * @return the neighbour now, or empty if refused
     */
    Optional<Neighbor> add(final int swIfIndex, final InetAddress ip, final MacAddress mac, final boolean isStatic,
            final boolean noFibEntry) {
        final Key key = new Key(swIfIndex, ip);
        final Neighbor existing = entries.get(key);
        final long now = System.nanoTime();
        if (existing == null) {
            final Neighbor created = new Neighbor(swIfIndex, ip, mac, isStatic, noFibEntry, now,
                noFibEntry ? -1 : nextAdjIndex++);
            entries.put(key, created);
            return Optional.of(created);
        }
        if (!isStatic && existing.isStatic()) {
            return existing.mac().equals(mac) ? Optional.of(existing) : Optional.empty();
        }
        final Neighbor updated = new Neighbor(swIfIndex, ip, mac, existing.isStatic() || isStatic,
            existing.noFibEntry(), now, existing.adjIndex());
        entries.put(key, updated);
        return Optional.of(updated);
    }

    /**
     * {@code ip_neighbor_del}.
     *
     * @param swIfIndex the interface
     * @param ip the address
     * @return true if there was such a neighbour
     */
    boolean delete(final int swIfIndex, final InetAddress ip) {
        return entries.remove(new Key(swIfIndex, ip)) != null;
    }

    /**
     * {@code ip_neighbor_flush}: removes the matching neighbours of an interface.
     *
     * @param swIfIndex the interface
     * @param which which of its neighbours go
     */
    void flush(final int swIfIndex, final Predicate<Neighbor> which) {
        entries.values().removeIf(neighbor -> neighbor.swIfIndex() == swIfIndex && which.test(neighbor));
    }

    Collection<Neighbor> all() {
        return Collections.unmodifiableCollection(entries.values());
    }

    /**
     * The neighbours of a family, optionally of one interface, by ascending interface (as VPP walks them).
     *
     * @param ip6 the family
     * @param swIfIndex the interface, {@code ~0} for all
     * @return the neighbours
     */
    List<Neighbor> select(final boolean ip6, final int swIfIndex) {
        final List<Neighbor> out = new ArrayList<>();
        for (Neighbor neighbor : entries.values()) {
            if (neighbor.isIp6() == ip6 && (swIfIndex == -1 || neighbor.swIfIndex() == swIfIndex)) {
                out.add(neighbor);
            }
        }
        out.sort((a, b) -> Integer.compareUnsigned(a.swIfIndex(), b.swIfIndex()));
        return out;
    }
}
