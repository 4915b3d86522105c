package io.vswitch.benchmarks.e2e;

import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.types.FibPath;
import io.vswitch.vpp.api.message.types.Prefix;
import java.io.IOException;
import java.time.Duration;
import java.util.BitSet;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Routes 0 to {@code size - 1} of {@link Routes}, written as one PUT of the node's l3 container, through the
 * {@link Uplink} (made the node's only interface before the set is written).
 */
final class RouteSet implements ItemSet {
    /** {@code ADDRESS_IP4} of vl_api_address_family_t. */
    private static final int IP4 = 0;
    private static final int BYTE = 0xff;
    private static final int NEXT_HOP = parseIpv4(Uplink.NEXT_HOP);

    private final Routes routes;
    private final Uplink uplink;
    private final VppInspector inspector;
    private final int size;
    private final Duration pause;
    private final Duration timeout;

    RouteSet(final Routes routes, final Uplink uplink, final VppInspector inspector, final int size,
            final Duration pause, final Duration timeout) {
        this.routes = routes;
        this.uplink = uplink;
        this.inspector = inspector;
        this.size = size;
        this.pause = pause;
        this.timeout = timeout;
    }

    @Override
    public String label() {
        return Report.count(size) + "_routes";
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void write() throws IOException, InterruptedException {
        routes.replaceAll(size);
    }

    @Override
    public void clear() throws IOException, InterruptedException {
        routes.deleteAll();
    }

    @Override
    public void prepare() throws IOException, InterruptedException, TimeoutException {
        uplink.replaceInterfaces(pause, timeout);
    }

    @Override
    public ListStatus statuses() {
        return routes.statuses();
    }

    /**
     * Dumps table 0: {@code found} counts the set's prefixes VPP holds, complete when each is there once with
     * exactly one path, via the uplink's current sw_if_index and the next hop.
     */
    @Override
    public VppCheck checkVpp() throws IOException, InterruptedException {
        final VppInspector.TableDump dump = inspector.ipv4Table(Routes.TABLE, Uplink.NAME);
        final BitSet seen = new BitSet(size);
        int found = 0;
        int duplicates = 0;
        int wrongPath = 0;
        for (IpRoute route : dump.routes()) {
            final Prefix prefix = route.prefix();
            if (prefix.address().af() != IP4 || prefix.len() != Routes.PREFIX_LENGTH) {
                continue;
            }
            final long index = Integer.toUnsignedLong(ipv4(prefix.address().un()))
                - Integer.toUnsignedLong(Routes.FIRST_ADDRESS);
            if (index < 0 || index >= size) {
                continue;
            }
            found++;
            if (seen.get((int) index)) {
                duplicates++;
            }
            seen.set((int) index);
            if (!viaUplink(route, dump.swIfIndex())) {
                wrongPath++;
            }
        }
        final boolean complete = seen.cardinality() == size && duplicates == 0 && wrongPath == 0
            && dump.swIfIndex().isPresent();
        return new VppCheck(found, complete, found + " of " + size + " routes in table " + Routes.TABLE + " ("
            + dump.routes().size() + " in all), " + wrongPath + " not exactly via " + Uplink.NEXT_HOP + " "
            + Uplink.NAME + " (sw_if_index " + dump.swIfIndex().map(String::valueOf).orElse("none") + "), "
            + duplicates + " duplicates");
    }

    private static boolean viaUplink(final IpRoute route, final Optional<Integer> uplinkIndex) {
        if (route.paths().size() != 1 || uplinkIndex.isEmpty()) {
            return false;
        }
        final FibPath path = route.paths().get(0);
        return path.swIfIndex() == uplinkIndex.orElseThrow() && ipv4(path.nh().address()) == NEXT_HOP;
    }

    /** The IPv4 address in the first four bytes of a vl_api_address_union_t, network order. */
    private static int ipv4(final byte[] union) {
        return (union[0] & BYTE) << 24 | (union[1] & BYTE) << 16 | (union[2] & BYTE) << 8 | union[3] & BYTE;
    }

    private static int parseIpv4(final String dotted) {
        int address = 0;
        for (String part : dotted.split("\\.")) {
            address = address << 8 | Integer.parseInt(part);
        }
        return address;
    }
}
