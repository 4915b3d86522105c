package io.vswitch.vpp.sim.area.interfaces;

import java.util.BitSet;

/**
 * The loopback instance numbers in use (loopN), lowest free first as VPP allocates them. Kept beside the interface
 * table so that a create costs the same with 10 or 10,000 loopbacks.
 */
final class LoopbackInstances {
    private final BitSet used = new BitSet();

    int lowestFree() {
        return used.nextClearBit(0);
    }

    void take(final int instance) {
        used.set(instance);
    }

    void release(final int instance) {
        used.clear(instance);
    }
}
