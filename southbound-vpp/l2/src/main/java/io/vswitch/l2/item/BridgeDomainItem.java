package io.vswitch.l2.item;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The value of a bridge domain item: its name (written into VPP's bridge domain tag), its VPP id and settings, and
 * the members, FIB and ARP-termination entries that the domain descriptor turns into derived items.
 *
 * @param name the configured name
 * @param bdId VPP's bridge domain id
 * @param settings flags and MAC age
 * @param members the members
 * @param fibEntries the static FIB entries
 * @param arpEntries the ARP-termination entries
 */
public record BridgeDomainItem(String name, int bdId, DomainSettings settings, List<BridgeMember> members,
        List<FibEntry> fibEntries, List<ArpEntry> arpEntries) {
    /** The longest name that fits VPP's 64-byte tag. */
    public static final int MAX_NAME_LENGTH = 63;

    /**
     * Checks and copies the components.
     *
     * @param name the name
     * @param bdId the id
     * @param settings the settings
     * @param members the members
     * @param fibEntries the FIB entries
     * @param arpEntries the ARP entries
     */
    public BridgeDomainItem {
        requireNonNull(name, "name");
        requireNonNull(settings, "settings");
        members = List.copyOf(members);
        fibEntries = List.copyOf(fibEntries);
        arpEntries = List.copyOf(arpEntries);
    }
}
