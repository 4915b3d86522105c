package io.vswitch.l3;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.renderer.spi.ItemKey;
import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * The item keys of the L3 area (node name first). VRF tables use the interfaces area's
 * {@link InterfaceKeys#vrfKey(String, boolean, int)} ({@code <node>/vrf/ipv4|ipv6/<id>}), so that interface VRF
 * bindings waiting for a table find it. The others:
 * <ul>
 * <li>route: {@code <node>/routes/<vrf>/<network>/<length>} (address in canonical text, host bits zero);</li>
 * <li>neighbour: {@code <node>/neighbors/<escaped interface>/<ip>};</li>
 * <li>proxy ARP range: {@code <node>/proxy-arp/<vrf>/<low>-<high>};</li>
 * <li>proxy ARP on an interface: {@code <node>/proxy-arp-interfaces/<escaped interface>}.</li>
 * </ul>
 */
public final class L3Keys {
    /** The segment of the routes. */
    public static final String ROUTES = "routes";
    /** The segment of the static neighbours. */
    public static final String NEIGHBORS = "neighbors";
    /** The segment of the proxy ARP ranges. */
    public static final String PROXY_ARP = "proxy-arp";
    /** The segment of the interfaces with proxy ARP. */
    public static final String PROXY_ARP_INTERFACES = "proxy-arp-interfaces";

    private L3Keys() {
        // static helpers only
    }

    /**
     * The key of a route.
     *
     * @param node the node
     * @param vrf the route's table
     * @param destination the prefix, host bits zero
     * @return {@code <node>/routes/<vrf>/<network>/<length>}
     */
    public static ItemKey routeKey(final String node, final int vrf, final IpPrefix destination) {
        return ItemKey.of(node, ROUTES, Integer.toUnsignedString(vrf),
            InetAddresses.toAddrString(destination.address()), Integer.toString(destination.length()));
    }

    /**
     * The key of a static neighbour.
     *
     * @param node the node
     * @param iface the configured interface name
     * @param ip the neighbour's address
     * @return {@code <node>/neighbors/<escaped interface>/<ip>}
     */
    public static ItemKey neighborKey(final String node, final String iface, final InetAddress ip) {
        return ItemKey.of(node, NEIGHBORS, InterfaceKeys.escape(iface), InetAddresses.toAddrString(ip));
    }

    /**
     * The key of a proxy ARP range.
     *
     * @param node the node
     * @param vrf the range's table
     * @param low the first address
     * @param high the last address
     * @return {@code <node>/proxy-arp/<vrf>/<low>-<high>}
     */
    public static ItemKey proxyArpRangeKey(final String node, final int vrf, final Inet4Address low,
            final Inet4Address high) {
        return ItemKey.of(node, PROXY_ARP, Integer.toUnsignedString(vrf),
            InetAddresses.toAddrString(low) + "-" + InetAddresses.toAddrString(high));
    }

    /**
     * The key of proxy ARP enabled on an interface.
     *
     * @param node the node
     * @param iface the configured interface name
     * @return {@code <node>/proxy-arp-interfaces/<escaped interface>}
     */
    public static ItemKey proxyArpInterfaceKey(final String node, final String iface) {
        return ItemKey.of(node, PROXY_ARP_INTERFACES, InterfaceKeys.escape(iface));
    }

    /**
     * Whether a key's first segment after the node is the given section (cheap: no splitting).
     *
     * @param key any key
     * @param section e.g. {@link #ROUTES}
     * @return true for {@code <node>/<section>/...}
     */
    public static boolean isIn(final ItemKey key, final String section) {
        final String path = key.path();
        final int nodeEnd = path.indexOf('/');
        final int end = nodeEnd + 1 + section.length();
        return nodeEnd > 0 && path.startsWith(section, nodeEnd + 1) && path.length() > end && path.charAt(end) == '/';
    }

    /**
     * Whether a key is a VRF table key ({@code <node>/vrf/ipv4|ipv6/<id>}, and nothing below it).
     *
     * @param key any key
     * @return true for a VRF table key
     */
    public static boolean isVrfKey(final ItemKey key) {
        if (!isIn(key, InterfaceKeys.VRF)) {
            return false;
        }
        final String path = key.path();
        final int familyStart = path.indexOf('/') + 1 + InterfaceKeys.VRF.length() + 1;
        final int idStart = path.indexOf('/', familyStart);
        return idStart > 0 && path.indexOf('/', idStart + 1) < 0;
    }
}
