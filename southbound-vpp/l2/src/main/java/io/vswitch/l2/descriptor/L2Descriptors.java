package io.vswitch.l2.descriptor;

import io.vswitch.renderer.spi.Descriptor;
import java.util.List;

/**
 * Every descriptor of the L2 area.
 */
public final class L2Descriptors {
    private L2Descriptors() {
        // factory only
    }

    /**
     * New instances of all of them (they are stateless).
     *
     * @return the bridge domain, member, FIB entry, ARP-termination entry and cross-connect descriptors
     */
    public static List<Descriptor<?>> all() {
        return List.of(new BridgeDomainDescriptor(), new MemberDescriptor(), new FibEntryDescriptor(),
            new ArpEntryDescriptor(), new XconnectDescriptor());
    }
}
