package io.vswitch.l3.item;

import static java.util.Objects.requireNonNull;

/**
 * One family of a VRF: an IP table of VPP (never table 0, which always exists).
 *
 * @param id the table id
 * @param ipv6 which family
 * @param name the name given to VPP at creation, empty for VPP's default
 */
public record VrfTable(int id, boolean ipv6, String name) {
    /**
     * Checks the id.
     *
     * @param id the table id
     * @param ipv6 which family
     * @param name the name
     */
    public VrfTable {
        requireNonNull(name, "name");
        if (id == 0) {
            throw new IllegalArgumentException("table 0 always exists and has no item");
        }
    }
}
