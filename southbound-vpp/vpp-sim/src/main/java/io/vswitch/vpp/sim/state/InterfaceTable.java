package io.vswitch.vpp.sim.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The software interfaces of the simulated VPP, shared by every area. Allocates {@code sw_if_index} and
 * {@code hw_if_index} values (counting up from {@code local0} = 0; by default never reused, see
 * {@link #InterfaceTable(boolean)}), keeps names unique and tells {@link Listener}s about every change, so that
 * areas can clean up what refers to a deleted interface and events reach subscribers.
 */
public final class InterfaceTable {
    /** The index of {@code local0}, which always exists. */
    public static final int LOCAL0 = 0;

    /**
     * Observer of interface changes. Called synchronously, on the simulator thread, after the table changed.
     */
    public interface Listener {
        /**
         * An interface was created.
         *
         * @param created the new interface
         */
        default void added(final SimInterface created) {
            // nothing by default
        }

        /**
         * An interface was replaced by a changed copy.
         *
         * @param before the old state
         * @param after the new state
         */
        default void changed(final SimInterface before, final SimInterface after) {
            // nothing by default
        }

        /**
         * An interface was deleted; sub-interfaces are deleted (and reported) before their parent.
         *
         * @param deleted its last state
         */
        default void deleted(final SimInterface deleted) {
            // nothing by default
        }
    }

    /**
     * Makes the interface for freshly allocated indexes.
     */
    @FunctionalInterface
    public interface Factory {
        /**
         * Builds the interface.
         *
         * @param swIfIndex the allocated software index
         * @param hwIfIndex the allocated hardware index
         * @return the interface, with these indexes
         */
        SimInterface create(int swIfIndex, int hwIfIndex);
    }

    private final NavigableMap<Integer, SimInterface> byIndex = new TreeMap<>();
    private final Map<String, SimInterface> byName = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final boolean reuseIndexes;
    private int nextSwIfIndex;
    private int nextHwIfIndex;

    /**
     * An empty table (without {@code local0}; {@link SimState} adds it).
     *
     * @param reuseIndexes whether freed indexes are handed out again (as VPP's pools do) instead of counting up
     */
    public InterfaceTable(final boolean reuseIndexes) {
        this.reuseIndexes = reuseIndexes;
    }

    /**
     * Registers a listener.
     *
     * @param listener the listener
     */
    public void addListener(final Listener listener) {
        listeners.add(listener);
    }

    /**
     * Creates a hardware interface with the next free indexes.
     *
     * @param factory builds the interface from its indexes
     * @return the created interface
     * @throws IllegalArgumentException if the name is taken
     */
    public SimInterface create(final Factory factory) {
        final int swIfIndex = allocateSwIfIndex();
        final int hwIfIndex = allocateHwIfIndex();
        return insert(factory.create(swIfIndex, hwIfIndex));
    }

    /**
     * Creates a sub-interface of an existing interface.
     *
     * @param parent the parent's index
     * @param sub the sub-interface settings
     * @return the created sub-interface
     */
    public SimInterface createSub(final int parent, final InterfaceKind.SubInterface sub) {
        final SimInterface sup = require(parent);
        return insert(SimInterface.subInterface(allocateSwIfIndex(), sup, sub));
    }

    private SimInterface insert(final SimInterface created) {
        if (byName.containsKey(created.name())) {
            throw new IllegalArgumentException("Interface name " + created.name() + " already in use");
        }
        byIndex.put(created.swIfIndex(), created);
        byName.put(created.name(), created);
        nextSwIfIndex = Math.max(nextSwIfIndex, created.swIfIndex() + 1);
        listeners.forEach(listener -> listener.added(created));
        return created;
    }

    private int allocateSwIfIndex() {
        if (reuseIndexes) {
            int candidate = 0;
            while (byIndex.containsKey(candidate)) {
                candidate++;
            }
            return candidate;
        }
        return nextSwIfIndex++;
    }

    private int allocateHwIfIndex() {
        if (reuseIndexes) {
            int candidate = 0;
            while (hwIndexInUse(candidate)) {
                candidate++;
            }
            return candidate;
        }
        return nextHwIfIndex++;
    }

    private boolean hwIndexInUse(final int hwIfIndex) {
        return byIndex.values().stream().anyMatch(iface -> iface.hwIfIndex() == hwIfIndex);
    }

    /**
     * The interface with an index.
     *
     * @param swIfIndex the index
     * @return the interface, if it exists
     */
    public Optional<SimInterface> get(final int swIfIndex) {
        return Optional.ofNullable(byIndex.get(swIfIndex));
    }

    /**
     * The interface with an index that the caller has validated.
     *
     * @param swIfIndex an existing index
     * @return the interface
     * @throws IllegalArgumentException if there is none
     */
    public SimInterface require(final int swIfIndex) {
        final SimInterface found = byIndex.get(swIfIndex);
        if (found == null) {
            throw new IllegalArgumentException("No interface " + swIfIndex);
        }
        return found;
    }

    /**
     * Whether an index names an existing interface ({@code vnet_sw_if_index_is_api_valid}).
     *
     * @param swIfIndex the index as received (unsigned)
     * @return true if it exists
     */
    public boolean exists(final int swIfIndex) {
        return byIndex.containsKey(swIfIndex);
    }

    /**
     * The interface with a name.
     *
     * @param name the exact name
     * @return the interface, if it exists
     */
    public Optional<SimInterface> byName(final String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * All interfaces by ascending index.
     *
     * @return an unmodifiable live view
     */
    public Collection<SimInterface> all() {
        return Collections.unmodifiableCollection(byIndex.values());
    }

    /**
     * The sub-interfaces of an interface.
     *
     * @param parent the parent's index
     * @return its sub-interfaces by ascending index
     */
    public List<SimInterface> subInterfacesOf(final int parent) {
        return byIndex.values().stream()
            .filter(iface -> iface.isSub() && iface.supSwIfIndex() == parent)
            .collect(Collectors.toList());
    }

    /**
     * Replaces an interface by a changed copy (same index) and notifies listeners if anything changed.
     *
     * @param changed the new state
     * @return {@code changed}
     */
    public SimInterface update(final SimInterface changed) {
        final SimInterface before = require(changed.swIfIndex());
        if (before.equals(changed)) {
            return changed;
        }
        if (!before.name().equals(changed.name())) {
            if (byName.containsKey(changed.name())) {
                throw new IllegalArgumentException("Interface name " + changed.name() + " already in use");
            }
            byName.remove(before.name());
        }
        byIndex.put(changed.swIfIndex(), changed);
        byName.put(changed.name(), changed);
        listeners.forEach(listener -> listener.changed(before, changed));
        if (!changed.isSub() && carriedToSubs(before, changed)) {
            for (SimInterface sub : subInterfacesOf(changed.swIfIndex())) {
                update(sub.withCarrier(changed.carrier()).withLinkMtu(changed.linkMtu()).withMac(changed.mac()));
            }
        }
        return changed;
    }

    private static boolean carriedToSubs(final SimInterface before, final SimInterface after) {
        return before.carrier() != after.carrier() || before.linkMtu() != after.linkMtu()
            || !before.mac().equals(after.mac());
    }

    /**
     * Deletes an interface, its sub-interfaces first, and makes interfaces that borrowed its addresses numbered
     * again. Listeners hear of each deletion after it happened.
     *
     * @param swIfIndex an existing index
     * @return the deleted interface's last state
     */
    public SimInterface delete(final int swIfIndex) {
        for (SimInterface sub : subInterfacesOf(swIfIndex)) {
            delete(sub.swIfIndex());
        }
        final SimInterface last = require(swIfIndex).withAdminUp(false).withCarrier(false);
        update(last);
        final List<SimInterface> borrowers = new ArrayList<>();
        for (SimInterface iface : byIndex.values()) {
            if (iface.unnumberedOf() == swIfIndex) {
                borrowers.add(iface);
            }
        }
        borrowers.forEach(iface -> update(iface.withUnnumberedOf(SimInterface.NOT_UNNUMBERED)));
        byIndex.remove(swIfIndex);
        byName.remove(last.name());
        listeners.forEach(listener -> listener.deleted(last));
        return last;
    }

    /**
     * The link flag VPP reports for an interface: its hardware's, which for a sub-interface is the parent's.
     *
     * @param iface an interface of this table
     * @return whether the link is up
     */
    public boolean linkUp(final SimInterface iface) {
        if (iface.isSub()) {
            return get(iface.supSwIfIndex()).map(SimInterface::hardwareLinkUp).orElse(false);
        }
        return iface.hardwareLinkUp();
    }

    /**
     * The device class VPP reports for an interface: its hardware's, which for a sub-interface is the parent's.
     *
     * @param iface an interface of this table
     * @return the device class name
     */
    public String deviceClass(final SimInterface iface) {
        if (iface.isSub()) {
            return get(iface.supSwIfIndex()).map(parent -> parent.kind().deviceClass()).orElse("");
        }
        return iface.kind().deviceClass();
    }
}
