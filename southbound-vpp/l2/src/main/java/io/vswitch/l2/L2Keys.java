package io.vswitch.l2;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.renderer.spi.ItemKey;
import java.net.InetAddress;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The item keys of the L2 area, node name first.
 *
 * <p>A bridge domain is {@code <node>/bridge-domains/<name>}; its members, FIB entries and ARP-termination entries
 * are derived items under it: {@code .../member/<escaped interface>}, {@code .../fib/<mac>},
 * {@code .../arp/<ip>}. A cross-connect is {@code <node>/xconnects/<escaped receive interface>}. Names are escaped
 * as {@link InterfaceKeys#escape(String)} does.
 */
public final class L2Keys {
    /** The segment of the bridge domains. */
    public static final String BRIDGE_DOMAINS = "bridge-domains";
    /** The segment of the cross-connects. */
    public static final String XCONNECTS = "xconnects";
    /** Aspect of a domain: a member. */
    public static final String MEMBER = "member";
    /** Aspect of a domain: a static FIB entry. */
    public static final String FIB = "fib";
    /** Aspect of a domain: an ARP-termination entry. */
    public static final String ARP = "arp";

    private static final String DOMAINS_PREFIX = BRIDGE_DOMAINS + "/";
    private static final String XCONNECTS_PREFIX = XCONNECTS + "/";

    /** What a key of this area is. */
    public enum Kind {
        /** A bridge domain. */
        DOMAIN,
        /** A member of a bridge domain. */
        MEMBER,
        /** A static FIB entry of a bridge domain. */
        FIB,
        /** An ARP-termination entry of a bridge domain. */
        ARP,
        /** A cross-connect. */
        XCONNECT
    }

    private L2Keys() {
        // static helpers only
    }

    /**
     * The key of a bridge domain.
     *
     * @param node the node
     * @param name the configured domain name
     * @return {@code <node>/bridge-domains/<name>}
     */
    public static ItemKey domainKey(final String node, final String name) {
        return ItemKey.of(node, BRIDGE_DOMAINS, InterfaceKeys.escape(name));
    }

    /**
     * The key of a member.
     *
     * @param domain the domain's key
     * @param iface the member's configured interface name
     * @return {@code <domain>/member/<escaped interface>}
     */
    public static ItemKey memberKey(final ItemKey domain, final String iface) {
        return domain.child(MEMBER, InterfaceKeys.escape(iface));
    }

    /**
     * The key of a static FIB entry.
     *
     * @param domain the domain's key
     * @param mac the MAC address
     * @return {@code <domain>/fib/<mac>}
     */
    public static ItemKey fibKey(final ItemKey domain, final MacAddress mac) {
        return domain.child(FIB, mac.text());
    }

    /**
     * The key of an ARP-termination entry.
     *
     * @param domain the domain's key
     * @param ip the IP address
     * @return {@code <domain>/arp/<ip>}
     */
    public static ItemKey arpKey(final ItemKey domain, final InetAddress ip) {
        return domain.child(ARP, InetAddresses.toAddrString(ip));
    }

    /**
     * The key of a cross-connect.
     *
     * @param node the node
     * @param receiveInterface the configured name of the receiving interface
     * @return {@code <node>/xconnects/<escaped name>}
     */
    public static ItemKey xconnectKey(final String node, final String receiveInterface) {
        return ItemKey.of(node, XCONNECTS, InterfaceKeys.escape(receiveInterface));
    }

    /**
     * What a key is; cheap (no splitting).
     *
     * @param key any key
     * @return its kind, or null if it is not a key of this area
     */
    public static @Nullable Kind kindOf(final ItemKey key) {
        final String path = key.path();
        final int nodeEnd = path.indexOf('/');
        if (nodeEnd < 0) {
            return null;
        }
        if (path.startsWith(XCONNECTS_PREFIX, nodeEnd + 1)) {
            return path.indexOf('/', nodeEnd + 1 + XCONNECTS_PREFIX.length()) < 0 ? Kind.XCONNECT : null;
        }
        if (!path.startsWith(DOMAINS_PREFIX, nodeEnd + 1)) {
            return null;
        }
        final int nameEnd = path.indexOf('/', nodeEnd + 1 + DOMAINS_PREFIX.length());
        if (nameEnd < 0) {
            return Kind.DOMAIN;
        }
        final int aspectEnd = path.indexOf('/', nameEnd + 1);
        if (aspectEnd < 0 || path.indexOf('/', aspectEnd + 1) >= 0) {
            return null;
        }
        return switch (path.substring(nameEnd + 1, aspectEnd)) {
            case MEMBER -> Kind.MEMBER;
            case FIB -> Kind.FIB;
            case ARP -> Kind.ARP;
            default -> null;
        };
    }

    /**
     * The domain a member, FIB or ARP key belongs to.
     *
     * @param key a key under a domain
     * @return {@code <node>/bridge-domains/<name>}
     */
    public static ItemKey domainOf(final ItemKey key) {
        final String path = key.path();
        final int nodeEnd = path.indexOf('/');
        final int nameEnd = path.indexOf('/', nodeEnd + 1 + DOMAINS_PREFIX.length());
        return nameEnd < 0 ? key : new ItemKey(path.substring(0, nameEnd));
    }
}
