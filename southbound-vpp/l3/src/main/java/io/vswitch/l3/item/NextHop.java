package io.vswitch.l3.item;

import com.google.common.collect.ComparisonChain;
import com.google.common.collect.Ordering;
import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.Comparator;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One path of a forwarding route: an interface and/or an address.
 *
 * @param iface the configured name of the outgoing interface, or null (resolved through the address)
 * @param address the next-hop address, or null (attached: out of the interface)
 * @param weight 1..255
 * @param preference lower is preferred
 */
public record NextHop(@Nullable String iface, @Nullable InetAddress address, int weight, int preference)
        implements Comparable<NextHop> {
    private static final Comparator<@Nullable String> NAMES = Ordering.<String>natural().nullsFirst();
    private static final Comparator<@Nullable InetAddress> ADDRESSES =
        Ordering.<String>natural().nullsFirst().onResultOf(address -> address == null ? null
            : InetAddresses.toAddrString(address));

    /**
     * Checks that there is somewhere to go.
     *
     * @param iface the interface or null
     * @param address the address or null
     * @param weight the weight
     * @param preference the preference
     */
    public NextHop {
        requireSomewhere(iface, address);
    }

    private static void requireSomewhere(final @Nullable Object iface, final @Nullable Object address) {
        if (iface == null && address == null) {
            throw new IllegalArgumentException("a next hop needs an interface or an address");
        }
    }

    /**
     * The same next hop without its address.
     *
     * @return an attached next hop
     */
    NextHop withoutAddress() {
        return new NextHop(iface, null, weight, preference);
    }

    @Override
    public int compareTo(final NextHop other) {
        return ComparisonChain.start()
            .compare(preference, other.preference)
            .compare(iface, other.iface, NAMES)
            .compare(address, other.address, ADDRESSES)
            .compare(weight, other.weight)
            .result();
    }

    @Override
    public String toString() {
        final StringBuilder text = new StringBuilder("via");
        if (address != null) {
            text.append(' ').append(InetAddresses.toAddrString(address));
        }
        if (iface != null) {
            text.append(' ').append(iface);
        }
        return text.append(" weight ").append(weight).append(" preference ").append(preference).toString();
    }
}
