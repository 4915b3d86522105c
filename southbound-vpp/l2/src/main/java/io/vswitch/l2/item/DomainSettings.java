package io.vswitch.l2.item;

/**
 * A bridge domain's flags and MAC age, as VPP keeps them.
 *
 * @param flood flood broadcast and multicast
 * @param unknownUnicastFlood flood unknown unicast
 * @param forward forward by the L2 FIB
 * @param learn learn source MACs
 * @param arpTermination answer ARP from the termination table
 * @param macAge minutes before a learned MAC ages out, 0 for never
 */
public record DomainSettings(boolean flood, boolean unknownUnicastFlood, boolean forward, boolean learn,
        boolean arpTermination, int macAge) {
    /** The model's defaults: flooding, forwarding and learning on, no ARP termination, no aging. */
    public static final DomainSettings DEFAULTS = new DomainSettings(true, true, true, true, false, 0);

    /**
     * Checks the MAC age.
     *
     * @param flood flood
     * @param unknownUnicastFlood unknown unicast flood
     * @param forward forward
     * @param learn learn
     * @param arpTermination ARP termination
     * @param macAge MAC age, 0..255
     */
    public DomainSettings {
        if (macAge < 0 || macAge > 255) {
            throw new IllegalArgumentException("mac age out of range: " + macAge);
        }
    }

    /**
     * Whether only flags differ (VPP's {@code bridge_flags} changes them in place; the MAC age cannot be changed).
     *
     * @param other the other settings
     * @return true if the MAC ages are equal
     */
    public boolean sameMacAge(final DomainSettings other) {
        return macAge == other.macAge;
    }
}
