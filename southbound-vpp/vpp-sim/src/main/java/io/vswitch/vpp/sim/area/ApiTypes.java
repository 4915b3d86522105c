package io.vswitch.vpp.sim.area;

import io.vswitch.vpp.api.codec.VppErrno;
import io.vswitch.vpp.api.message.types.Address;
import io.vswitch.vpp.api.message.types.Prefix;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.state.IpPrefix;
import io.vswitch.vpp.sim.state.MacAddress;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * Conversions between the API records ({@code vl_api_address_t}, {@code vl_api_prefix_t}, MACs, interface
 * flags) and the simulator's state types, plus the checks every handler makes.
 */
public final class ApiTypes {
    /** {@code ADDRESS_IP4}. */
    public static final int AF_IP4 = 0;
    /** {@code ADDRESS_IP6}. */
    public static final int AF_IP6 = 1;
    /** {@code IF_STATUS_API_FLAG_ADMIN_UP}. */
    public static final int FLAG_ADMIN_UP = 1;
    /** {@code IF_STATUS_API_FLAG_LINK_UP}. */
    public static final int FLAG_LINK_UP = 2;
    /** {@code ~0}: "none" or "all" in index fields. */
    public static final int NONE = -1;

    private static final int IP4_LENGTH = 4;
    private static final int IP6_LENGTH = 16;

    private ApiTypes() {
        // static helpers only
    }

    /**
     * An API address as an {@link InetAddress}: the family picks the first 4 or all 16 bytes of the union.
     *
     * @param address the API address
     * @return the address
     * @throws VppError INVALID_ADDRESS_FAMILY for a family other than 0 or 1
     */
    public static InetAddress address(final Address address) {
        return switch (address.af()) {
            case AF_IP4 -> IpPrefix.address(Arrays.copyOf(address.un(), IP4_LENGTH));
            case AF_IP6 -> IpPrefix.address(Arrays.copyOf(address.un(), IP6_LENGTH));
            default -> throw VppError.of(VppErrno.INVALID_ADDRESS_FAMILY, "address family " + address.af());
        };
    }

    /**
     * An {@link InetAddress} as an API address.
     *
     * @param address the address
     * @return the API address with its 16-byte union
     */
    public static Address address(final InetAddress address) {
        return new Address(address instanceof Inet6Address ? AF_IP6 : AF_IP4,
            Arrays.copyOf(address.getAddress(), IP6_LENGTH));
    }

    /**
     * An API prefix as an {@link IpPrefix}.
     *
     * @param prefix the API prefix
     * @return the prefix
     * @throws VppError INVALID_VALUE for a length beyond the family's width
     */
    public static IpPrefix prefix(final Prefix prefix) {
        final InetAddress address = address(prefix.address());
        if (prefix.len() > address.getAddress().length * Byte.SIZE) {
            throw VppError.of(VppErrno.INVALID_VALUE, "prefix length " + prefix.len());
        }
        return new IpPrefix(address, prefix.len());
    }

    /**
     * An {@link IpPrefix} as an API prefix.
     *
     * @param prefix the prefix
     * @return the API prefix
     */
    public static Prefix prefix(final IpPrefix prefix) {
        return new Prefix(address(prefix.address()), prefix.length());
    }

    /**
     * An API MAC address.
     *
     * @param mac the six bytes
     * @return the address
     */
    public static MacAddress mac(final byte[] mac) {
        return MacAddress.of(mac);
    }

    /**
     * The interface a request names, as {@code VALIDATE_SW_IF_INDEX} demands.
     *
     * @param state the state
     * @param swIfIndex the index from the request
     * @return the interface
     * @throws VppError INVALID_SW_IF_INDEX if there is none
     */
    public static SimInterface requireInterface(final SimState state, final int swIfIndex) {
        return state.interfaces().get(swIfIndex).orElseThrow(() -> VppError.of(VppErrno.INVALID_SW_IF_INDEX,
            "no interface " + Integer.toUnsignedString(swIfIndex)));
    }

    /**
     * The {@code if_status_flags} of an interface.
     *
     * @param state the state
     * @param iface the interface
     * @return admin-up and link-up bits
     */
    public static int statusFlags(final SimState state, final SimInterface iface) {
        return (iface.adminUp() ? FLAG_ADMIN_UP : 0) | (state.interfaces().linkUp(iface) ? FLAG_LINK_UP : 0);
    }
}
