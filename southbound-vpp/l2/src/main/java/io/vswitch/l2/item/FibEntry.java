package io.vswitch.l2.item;

import static java.util.Objects.requireNonNull;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.vswitch.interfaces.item.MacAddress;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A static L2 FIB entry of a bridge domain (a derived item of the domain): frames to the MAC go out of a member, or
 * are dropped (a filter entry).
 *
 * @param mac the MAC address
 * @param iface the member's configured interface name, null for a filter
 * @param bvi whether the member is the domain's BVI (VPP's {@code bvi_mac})
 */
@SuppressFBWarnings(value = "NP_STORE_INTO_NONNULL_FIELD",
    justification = "iface is @Nullable (JDT); SpotBugs applies the package's non-null default to the field")
public record FibEntry(MacAddress mac, @Nullable String iface, boolean bvi) {
    /**
     * Checks the components.
     *
     * @param mac the MAC
     * @param iface the interface or null
     * @param bvi BVI
     */
    public FibEntry {
        requireNonNull(mac, "mac");
        if (iface == null && bvi) {
            throw new IllegalArgumentException("a filter entry has no BVI");
        }
    }

    /**
     * A forwarding entry.
     *
     * @param mac the MAC
     * @param iface the member
     * @param bvi whether the member is the BVI
     * @return the entry
     */
    public static FibEntry forward(final MacAddress mac, final String iface, final boolean bvi) {
        return new FibEntry(mac, iface, bvi);
    }

    /**
     * A filter (drop) entry.
     *
     * @param mac the MAC
     * @return the entry
     */
    public static FibEntry filter(final MacAddress mac) {
        return new FibEntry(mac, null, false);
    }

    /**
     * Whether frames to the MAC are dropped.
     *
     * @return true for a filter entry
     */
    public boolean isFilter() {
        return iface == null;
    }
}
