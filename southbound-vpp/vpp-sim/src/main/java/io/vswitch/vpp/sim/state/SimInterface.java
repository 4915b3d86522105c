package io.vswitch.vpp.sim.state;

import java.util.List;

/**
 * One software interface of the simulated VPP, immutable: a change replaces it in the {@link InterfaceTable}.
 *
 * @param swIfIndex the software interface index
 * @param supSwIfIndex the parent's index for a sub-interface, else its own
 * @param hwIfIndex the hardware interface index (a sub-interface shares its parent's)
 * @param name the interface name as VPP forms it ({@code loop0}, {@code memif1/0}, {@code loop0.100} ...)
 * @param kind what the interface is
 * @param mac the hardware address (zero for local0 and IP-mode interfaces)
 * @param adminUp the admin state
 * @param carrier whether the device below has a link (peer connected, host link present)
 * @param linkMtu the hardware (link) MTU
 * @param mtu the per-protocol MTUs
 * @param tag the tag, empty for none
 * @param ip4TableId the IPv4 table the interface is bound to
 * @param ip6TableId the IPv6 table the interface is bound to
 * @param unnumberedOf the interface whose addresses this one borrows, -1 if numbered
 * @param rxMode the receive mode of its queues ({@link RxMode#UNKNOWN} for devices without queues)
 * @param addresses the configured addresses, in the order added
 * @param promiscuous whether promiscuous mode is on
 * @param directedBroadcast whether IP directed broadcast is on
 */
public record SimInterface(int swIfIndex, int supSwIfIndex, int hwIfIndex, String name, InterfaceKind kind,
        MacAddress mac, boolean adminUp, boolean carrier, int linkMtu, Mtu mtu, String tag, int ip4TableId,
        int ip6TableId, int unnumberedOf, RxMode rxMode, List<InterfaceAddress> addresses, boolean promiscuous,
        boolean directedBroadcast) {
    /** The value of {@link #unnumberedOf()} for a numbered interface. */
    public static final int NOT_UNNUMBERED = -1;

    /**
     * Copies the address list.
     */
    public SimInterface {
        addresses = List.copyOf(addresses);
    }

    /**
     * A new hardware interface in VPP's initial state: admin down, tables 0, numbered, no tag, no addresses.
     *
     * @param swIfIndex the software index
     * @param hwIfIndex the hardware index
     * @param name the name
     * @param kind the kind
     * @param mac the hardware address
     * @param carrier the initial carrier
     * @param linkMtu the link MTU (the L3 MTU starts equal to it)
     * @param rxMode the initial receive mode
     * @return the interface
     */
    public static SimInterface hardware(final int swIfIndex, final int hwIfIndex, final String name,
            final InterfaceKind kind, final MacAddress mac, final boolean carrier, final int linkMtu,
            final RxMode rxMode) {
        return new SimInterface(swIfIndex, swIfIndex, hwIfIndex, name, kind, mac, false, carrier, linkMtu,
            linkMtu == 0 ? Mtu.NONE : Mtu.ofL3(linkMtu), "", 0, 0, NOT_UNNUMBERED, rxMode, List.of(), false, false);
    }

    /**
     * A new sub-interface of {@code parent}.
     *
     * @param swIfIndex the software index
     * @param parent the parent interface
     * @param sub the sub-interface settings
     * @return the interface, admin down, sharing the parent's hardware, MAC and link MTU
     */
    public static SimInterface subInterface(final int swIfIndex, final SimInterface parent,
            final InterfaceKind.SubInterface sub) {
        return new SimInterface(swIfIndex, parent.swIfIndex(), parent.hwIfIndex(), parent.name() + "." + sub.subId(),
            sub, parent.mac(), false, parent.carrier(), parent.linkMtu(), Mtu.ofL3(parent.mtu().l3()), "", 0, 0,
            NOT_UNNUMBERED, RxMode.UNKNOWN, List.of(), false, false);
    }

    /**
     * Whether this is a sub-interface.
     *
     * @return true if its parent is another interface
     */
    public boolean isSub() {
        return supSwIfIndex != swIfIndex;
    }

    /**
     * The link flag of this interface's own hardware, from its kind, admin state and carrier; a sub-interface's
     * link is its parent's ({@link InterfaceTable#linkUp(SimInterface)}).
     *
     * @return whether the hardware link is up
     */
    public boolean hardwareLinkUp() {
        return switch (kind.link()) {
            case NEVER -> false;
            case FOLLOWS_ADMIN -> adminUp && carrier;
            case CARRIER_ONLY -> carrier;
        };
    }

    /**
     * Whether this interface borrows another's addresses.
     *
     * @return true if unnumbered
     */
    public boolean isUnnumbered() {
        return unnumberedOf != NOT_UNNUMBERED;
    }

    /**
     * The table this interface is bound to for one family.
     *
     * @param ip6 the family
     * @return the table id
     */
    public int tableId(final boolean ip6) {
        return ip6 ? ip6TableId : ip4TableId;
    }

    /**
     * This interface with another admin state.
     *
     * @param up the admin state
     * @return the changed copy
     */
    public SimInterface withAdminUp(final boolean up) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, up, carrier, linkMtu, mtu, tag,
            ip4TableId, ip6TableId, unnumberedOf, rxMode, addresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface with another carrier.
     *
     * @param present the carrier
     * @return the changed copy
     */
    public SimInterface withCarrier(final boolean present) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, present, linkMtu, mtu,
            tag, ip4TableId, ip6TableId, unnumberedOf, rxMode, addresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface with another link MTU.
     *
     * @param newLinkMtu the link MTU
     * @return the changed copy
     */
    public SimInterface withLinkMtu(final int newLinkMtu) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, carrier, newLinkMtu,
            mtu, tag, ip4TableId, ip6TableId, unnumberedOf, rxMode, addresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface with other per-protocol MTUs.
     *
     * @param newMtu the MTUs
     * @return the changed copy
     */
    public SimInterface withMtu(final Mtu newMtu) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, carrier, linkMtu,
            newMtu, tag, ip4TableId, ip6TableId, unnumberedOf, rxMode, addresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface with another tag.
     *
     * @param newTag the tag, empty to clear
     * @return the changed copy
     */
    public SimInterface withTag(final String newTag) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, carrier, linkMtu, mtu,
            newTag, ip4TableId, ip6TableId, unnumberedOf, rxMode, addresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface with another MAC address.
     *
     * @param newMac the address
     * @return the changed copy
     */
    public SimInterface withMac(final MacAddress newMac) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, newMac, adminUp, carrier, linkMtu,
            mtu, tag, ip4TableId, ip6TableId, unnumberedOf, rxMode, addresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface with another name.
     *
     * @param newName the name
     * @return the changed copy
     */
    public SimInterface withName(final String newName) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, newName, kind, mac, adminUp, carrier, linkMtu,
            mtu, tag, ip4TableId, ip6TableId, unnumberedOf, rxMode, addresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface bound to another table of one family.
     *
     * @param ip6 the family
     * @param tableId the table id
     * @return the changed copy
     */
    public SimInterface withTable(final boolean ip6, final int tableId) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, carrier, linkMtu, mtu,
            tag, ip6 ? ip4TableId : tableId, ip6 ? tableId : ip6TableId, unnumberedOf, rxMode, addresses,
            promiscuous, directedBroadcast);
    }

    /**
     * This interface borrowing another's addresses, or numbered again.
     *
     * @param source the interface to borrow from, or {@link #NOT_UNNUMBERED}
     * @return the changed copy
     */
    public SimInterface withUnnumberedOf(final int source) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, carrier, linkMtu, mtu,
            tag, ip4TableId, ip6TableId, source, rxMode, addresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface with another receive mode.
     *
     * @param mode the mode
     * @return the changed copy
     */
    public SimInterface withRxMode(final RxMode mode) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, carrier, linkMtu, mtu,
            tag, ip4TableId, ip6TableId, unnumberedOf, mode, addresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface with other addresses.
     *
     * @param newAddresses the addresses
     * @return the changed copy
     */
    public SimInterface withAddresses(final List<InterfaceAddress> newAddresses) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, carrier, linkMtu, mtu,
            tag, ip4TableId, ip6TableId, unnumberedOf, rxMode, newAddresses, promiscuous, directedBroadcast);
    }

    /**
     * This interface with promiscuous mode on or off.
     *
     * @param on the mode
     * @return the changed copy
     */
    public SimInterface withPromiscuous(final boolean on) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, carrier, linkMtu, mtu,
            tag, ip4TableId, ip6TableId, unnumberedOf, rxMode, addresses, on, directedBroadcast);
    }

    /**
     * This interface with directed broadcast on or off.
     *
     * @param on the setting
     * @return the changed copy
     */
    public SimInterface withDirectedBroadcast(final boolean on) {
        return new SimInterface(swIfIndex, supSwIfIndex, hwIfIndex, name, kind, mac, adminUp, carrier, linkMtu, mtu,
            tag, ip4TableId, ip6TableId, unnumberedOf, rxMode, addresses, promiscuous, on);
    }
}
