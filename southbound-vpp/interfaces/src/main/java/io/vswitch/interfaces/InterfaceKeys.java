package io.vswitch.interfaces;

import io.vswitch.renderer.spi.ItemKey;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The item keys of the interfaces area, for this area and for the areas that depend on interfaces.
 *
 * <p>An interface is {@code <node>/interfaces/<name>}; a name may contain {@code /} (the model allows it), so the
 * name segment escapes {@code %} and {@code /} ({@code %25}, {@code %2F}) and nothing else: every other name is its
 * own segment. Its derived items extend it: {@code .../admin}, {@code .../mtu}, {@code .../mac},
 * {@code .../address/<ip>/<length>}, {@code .../vrf/ipv4}, {@code .../vrf/ipv6}, {@code .../unnumbered},
 * {@code .../rx-mode}. A memif socket file is {@code <node>/memif-sockets/<URL-encoded file name>}; a VRF table of
 * the L3 area is {@code <node>/vrf/ipv4/<id>} or {@code <node>/vrf/ipv6/<id>}.
 */
public final class InterfaceKeys {
    /** The segment of the interfaces. */
    public static final String INTERFACES = "interfaces";
    /** The segment of the memif socket files. */
    public static final String MEMIF_SOCKETS = "memif-sockets";
    /** Aspect: administrative state. */
    public static final String ADMIN = "admin";
    /** Aspect: L3 MTU. */
    public static final String MTU = "mtu";
    /** Aspect: MAC address. */
    public static final String MAC = "mac";
    /** Aspect: one IP address. */
    public static final String ADDRESS = "address";
    /** Aspect: VRF binding (followed by ipv4 or ipv6). */
    public static final String VRF = "vrf";
    /** Aspect: unnumbered. */
    public static final String UNNUMBERED = "unnumbered";
    /** Aspect: receive mode. */
    public static final String RX_MODE = "rx-mode";

    private static final String INTERFACES_PREFIX = INTERFACES + "/";
    private static final String SOCKETS_PREFIX = MEMIF_SOCKETS + "/";

    private InterfaceKeys() {
        // static helpers only
    }

    /**
     * The key of an interface.
     *
     * @param node the node name
     * @param name the configured interface name
     * @return {@code <node>/interfaces/<escaped name>}
     */
    public static ItemKey interfaceKey(final String node, final String name) {
        return ItemKey.of(node, INTERFACES, escape(name));
    }

    /**
     * The key of a memif socket file registration.
     *
     * @param node the node name
     * @param filename the socket file name as VPP stores it
     * @return {@code <node>/memif-sockets/<URL-encoded filename>}
     */
    public static ItemKey memifSocketKey(final String node, final String filename) {
        return ItemKey.of(node, MEMIF_SOCKETS, URLEncoder.encode(filename, StandardCharsets.UTF_8));
    }

    /**
     * The key of a VRF table of the L3 area.
     *
     * @param node the node name
     * @param ipv6 which family
     * @param tableId the table id (not 0: table 0 has no item)
     * @return {@code <node>/vrf/ipv4|ipv6/<id>}
     */
    public static ItemKey vrfKey(final String node, final boolean ipv6, final int tableId) {
        return ItemKey.of(node, VRF, family(ipv6), Integer.toUnsignedString(tableId));
    }

    /**
     * The segment naming an address family.
     *
     * @param ipv6 which family
     * @return {@code ipv6} or {@code ipv4}
     */
    public static String family(final boolean ipv6) {
        return ipv6 ? "ipv6" : "ipv4";
    }

    /**
     * The aspect of an interface key: empty for the interface itself, e.g. {@code address/10.0.0.1/24} for a
     * derived item, null if the key is not under an interface. Cheap: no splitting.
     *
     * @param key any key
     * @return the path after {@code <node>/interfaces/<name>}, without the leading slash
     */
    public static @Nullable String aspect(final ItemKey key) {
        final String path = key.path();
        final int nodeEnd = path.indexOf('/');
        if (nodeEnd < 0 || !path.startsWith(INTERFACES_PREFIX, nodeEnd + 1)) {
            return null;
        }
        final int nameStart = nodeEnd + 1 + INTERFACES_PREFIX.length();
        final int nameEnd = path.indexOf('/', nameStart);
        return nameEnd < 0 ? "" : path.substring(nameEnd + 1);
    }

    /**
     * Whether a key is a memif socket key.
     *
     * @param key any key
     * @return true for {@code <node>/memif-sockets/<file>}
     */
    public static boolean isMemifSocketKey(final ItemKey key) {
        final String path = key.path();
        final int nodeEnd = path.indexOf('/');
        return nodeEnd > 0 && path.startsWith(SOCKETS_PREFIX, nodeEnd + 1)
            && path.indexOf('/', nodeEnd + 1 + SOCKETS_PREFIX.length()) < 0;
    }

    /**
     * The interface a key belongs to (the key itself for an interface, its parent for a derived item).
     *
     * @param key an interface key or a key under one
     * @return {@code <node>/interfaces/<name>}
     * @throws IllegalArgumentException if the key is not under an interface
     */
    public static ItemKey interfaceOf(final ItemKey key) {
        final String path = key.path();
        final String aspect = aspect(key);
        if (aspect == null) {
            throw new IllegalArgumentException(key + " is not an interface key");
        }
        return aspect.isEmpty() ? key : new ItemKey(path.substring(0, path.length() - aspect.length() - 1));
    }

    /**
     * The configured name of an interface key.
     *
     * @param key an interface key or a key under one
     * @return the unescaped name
     */
    public static String nameOf(final ItemKey key) {
        final String path = interfaceOf(key).path();
        return unescape(path.substring(path.lastIndexOf('/') + 1));
    }

    /**
     * Escapes a name into one key segment.
     *
     * @param name the name
     * @return the segment
     */
    public static String escape(final String name) {
        return name.indexOf('/') < 0 && name.indexOf('%') < 0 ? name
            : name.replace("%", "%25").replace("/", "%2F");
    }

    private static String unescape(final String segment) {
        return segment.indexOf('%') < 0 ? segment : URLDecoder.decode(segment.replace("+", "%2B"),
            StandardCharsets.UTF_8);
    }
}
