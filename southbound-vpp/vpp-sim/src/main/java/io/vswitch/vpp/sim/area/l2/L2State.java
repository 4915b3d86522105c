package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the L2 area keeps for one run: bridge domains, the L2 mode of each interface, the L2 FIB, and the
 * per-interface flood classes and sequence numbers VPP keeps in its interface structures.
 */
final class L2State {
    private final BridgeDomains bridgeDomains = new BridgeDomains();
    private final L2Fib fib = new L2Fib();
    private final TreeMap<Integer, L2Port> ports = new TreeMap<>();
    private final Map<Integer, FloodClass> floodClasses = new HashMap<>();
    private final Map<Integer, Integer> sequenceNumbers = new HashMap<>();

    /**
     * This run's L2 state.
     *
     * @param state the simulator state
     * @return the L2 state kept in it
     */
    static L2State of(final SimState state) {
        return state.extension(L2State.class, L2State::new);
    }

    BridgeDomains bridgeDomains() {
        return bridgeDomains;
    }

    L2Fib fib() {
        return fib;
    }

    Optional<L2Port> port(final int swIfIndex) {
        return Optional.ofNullable(ports.get(swIfIndex));
    }

    /**
     * The interfaces in an L2 mode, by ascending index.
     *
     * @return a read-only view
     */
    Map<Integer, L2Port> ports() {
        return Collections.unmodifiableMap(ports);
    }

    void setPort(final int swIfIndex, final L2Port port) {
        ports.put(swIfIndex, port);
    }

    void clearPort(final int swIfIndex) {
        ports.remove(swIfIndex);
    }

    FloodClass floodClass(final SimInterface iface) {
        return floodClasses.getOrDefault(iface.swIfIndex(), FloodClass.initial(iface));
    }

    void setFloodClass(final int swIfIndex, final FloodClass floodClass) {
        floodClasses.put(swIfIndex, floodClass);
    }

    /**
     * The interface's L2 input sequence number (a u8 in VPP).
     *
     * @param swIfIndex the interface
     * @return 0..255
     */
    int sequenceNumber(final int swIfIndex) {
        return sequenceNumbers.getOrDefault(swIfIndex, 0);
    }

    void incrementSequenceNumber(final int swIfIndex) {
        sequenceNumbers.merge(swIfIndex, 1, (old, one) -> old + one & 0xFF);
    }

    /**
     * Forgets what VPP keeps in the interface structures of a deleted interface.
     *
     * @param swIfIndex the deleted interface
     */
    void forgetInterface(final int swIfIndex) {
        floodClasses.remove(swIfIndex);
        sequenceNumbers.remove(swIfIndex);
    }
}
