package io.vswitch.vpp.sim.area.l3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.vpp.api.message.l3.IpRouteAddDel;
import io.vswitch.vpp.api.message.l3.IpRouteAddDelReply;
import io.vswitch.vpp.api.message.l3.IpRouteDetails;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * 10,000 pipelined {@code ip_route_add_del} through the project's client (none awaited before the next is sent),
 * then one dump that returns exactly them, beside the table's special entries; then the same burst deleting.
 */
class RouteBurstTest extends L3TestSupport {
    private static final int ROUTES = 10_000;
    private static final int SPECIAL_ENTRIES = 5;

    private static String prefixOf(final int index) {
        return "10." + (index >> 8 & 0xFF) + "." + (index & 0xFF) + ".0/24";
    }

    @Test
    void aPipelinedBurstIsDumpedExactly() {
        call(table(true, false, 7, "burst"));
        final int loop = loopback("de:ad:00:00:00:01");
        final List<CompletableFuture<IpRouteAddDelReply>> replies = new ArrayList<>(ROUTES);
        final Set<String> expected = new HashSet<>();
        for (int i = 0; i < ROUTES; i++) {
            final IpRouteAddDel request = route(true, false, 7, prefixOf(i), via("192.168." + (i % 250) + ".1", loop));
            expected.add(prefixOf(i) + " via 192.168." + (i % 250) + ".1");
            replies.add(vpp.call(request));
        }
        final Set<Integer> statsIndexes = new HashSet<>();
        for (CompletableFuture<IpRouteAddDelReply> reply : replies) {
            statsIndexes.add(await(reply).statsIndex());
        }
        assertEquals(ROUTES, statsIndexes.size(), "every route is its own FIB entry");

        final List<IpRouteDetails> dumped = routes(false, 7);
        assertEquals(ROUTES + SPECIAL_ENTRIES, dumped.size());
        final Set<String> found = new HashSet<>();
        for (IpRouteDetails details : dumped) {
            if (details.route().paths().get(0).swIfIndex() == loop) {
                assertEquals(1, details.route().nPaths());
                assertEquals(7, details.route().tableId());
                found.add(text(details.route().prefix()) + " via " + text(new io.vswitch.vpp.api.message.types
                    .Address(0, details.route().paths().get(0).nh().address())));
            }
        }
        assertEquals(expected, found);

        final List<CompletableFuture<IpRouteAddDelReply>> deletes = new ArrayList<>(ROUTES);
        for (int i = 0; i < ROUTES; i++) {
            deletes.add(vpp.call(route(false, false, 7, prefixOf(i))));
        }
        deletes.forEach(RouteBurstTest::await);
        assertEquals(SPECIAL_ENTRIES, routes(false, 7).size());
    }
}
