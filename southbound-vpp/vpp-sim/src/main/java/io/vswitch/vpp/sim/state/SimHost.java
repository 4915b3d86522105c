package io.vswitch.vpp.sim.state;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host around the simulated VPP: what would be the kernel's business. Survives simulator restarts, and is
 * safe to change from any thread (tests mark host interfaces missing while the simulator runs).
 */
public final class SimHost {
    private final Set<String> missingHostInterfaces = ConcurrentHashMap.newKeySet();
    private volatile boolean memifPeersPresent;

    /**
     * A host where every interface name exists and memif peers connect.
     */
    public SimHost() {
        this(Set.of(), true);
    }

    /**
     * A host where the given interface names do not exist.
     *
     * @param missing host interface names that af_packet cannot bind to
     * @param memifPeersPresent whether new memif interfaces find a peer (their carrier)
     */
    public SimHost(final Collection<String> missing, final boolean memifPeersPresent) {
        missingHostInterfaces.addAll(missing);
        this.memifPeersPresent = memifPeersPresent;
    }

    /**
     * Whether a new memif interface finds its peer: the simulator has no real peer, so it either pretends one
     * connects at once (link up as soon as admin up) or that none ever does (link stays down).
     *
     * @return the carrier of new memif interfaces
     */
    public boolean memifPeersPresent() {
        return memifPeersPresent;
    }

    /**
     * Sets whether new memif interfaces find a peer; existing ones keep their carrier (change it with
     * {@link io.vswitch.vpp.sim.VppSimulator#setCarrier(int, boolean)}).
     *
     * @param present the carrier of new memif interfaces
     */
    public void setMemifPeersPresent(final boolean present) {
        memifPeersPresent = present;
    }

    /**
     * Whether a host (kernel) interface exists. The simulator assumes every name exists except those marked
     * missing; a real VPP fails {@code af_packet_create} for an absent one.
     *
     * @param name the host interface name
     * @return false if marked missing
     */
    public boolean hostInterfaceExists(final String name) {
        return !missingHostInterfaces.contains(name);
    }

    /**
     * Marks a host interface missing or present.
     *
     * @param name the host interface name
     * @param missing true to make af_packet creation on it fail
     */
    public void setHostInterfaceMissing(final String name, final boolean missing) {
        if (missing) {
            missingHostInterfaces.add(name);
        } else {
            missingHostInterfaces.remove(name);
        }
    }
}
