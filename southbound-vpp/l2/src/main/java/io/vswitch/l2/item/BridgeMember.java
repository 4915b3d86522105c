package io.vswitch.l2.item;

import static java.util.Objects.requireNonNull;

/**
 * A member of a bridge domain (a derived item of the domain).
 *
 * @param iface the configured interface name
 * @param bvi whether it is the domain's BVI
 * @param splitHorizonGroup the split-horizon group, 0 for none
 */
public record BridgeMember(String iface, boolean bvi, int splitHorizonGroup) {
    /**
     * Checks the components.
     *
     * @param iface the interface
     * @param bvi BVI
     * @param splitHorizonGroup group, 0..255
     */
    public BridgeMember {
        requireNonNull(iface, "iface");
        if (splitHorizonGroup < 0 || splitHorizonGroup > 255) {
            throw new IllegalArgumentException("split-horizon group out of range: " + splitHorizonGroup);
        }
    }
}
