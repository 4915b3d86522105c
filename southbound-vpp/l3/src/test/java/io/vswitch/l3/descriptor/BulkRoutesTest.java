package io.vswitch.l3.descriptor;

import static io.vswitch.l3.descriptor.L3Harness.NODE;
import static io.vswitch.l3.descriptor.L3Harness.iface;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.vswitch.interfaces.item.AfPacketType;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceSettings;
import io.vswitch.interfaces.item.IpPrefix;
import io.vswitch.l3.L3Keys;
import io.vswitch.l3.item.NextHop;
import io.vswitch.l3.item.Route;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.ResyncResult;
import io.vswitch.renderer.api.TransactionResult;
import io.vswitch.renderer.spi.ItemKey;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 routes via one interface in one transaction, then VPP restarted empty: all applied and present, with the
 * durations printed for information (speed is measured by benchmarks/run e2e, not here).
 */
class BulkRoutesTest {
    private static final int ROUTES = 20_000;

    @TempDir
    Path dir;

    @Test
    void hundredThousandRoutesInOneTransactionAndAfterARestart() throws Exception {
        try (L3Harness harness = new L3Harness(dir)) {
            harness.connect();
            harness.apply(Map.of(iface("uplink"), new InterfaceItem("uplink", new AfPacketType("eth0"),
                new InterfaceSettings(true, null, null, List.of(), 0, 0, null, null))));
            final InetAddress gateway = InetAddresses.forString("192.168.0.1");
            final Map<ItemKey, Object> routes = new LinkedHashMap<>();
            for (int i = 0; i < ROUTES; i++) {
                final IpPrefix destination = new IpPrefix(InetAddresses.fromInteger(0x0A00_0000 + (i << 8)), 24);
                routes.put(L3Keys.routeKey(NODE, 0, destination),
                    Route.via(0, destination, List.of(new NextHop("uplink", gateway, 1, 0))));
            }
            final long start = System.nanoTime();
            final TransactionResult result = harness.apply(routes);
            final long applied = System.nanoTime() - start;
            assertTrue(result.allApplied());
            assertEquals(ROUTES, result.calls());
            assertTrue(harness.routes(false, 0).size() > ROUTES);

            harness.resyncs.clear();
            final long restart = System.nanoTime();
            harness.simulator.restart();
            final ResyncResult resync = harness.nextResync();
            final long resynced = System.nanoTime() - restart;
            assertTrue(resync.creates() >= ROUTES, resync.toString());
            assertTrue(harness.scheduler.statuses().values().stream().allMatch(ItemStatus::isApplied));
            assertTrue(harness.routes(false, 0).size() > ROUTES);
            // the figures for the report, beside the surefire reports
            Files.writeString(Path.of("target", "l3-throughput.txt"), String.format(Locale.ROOT,
                "l3.bulk_100k_routes.scheduler %.3f s%nl3.resync_100k_routes.scheduler %.3f s%n",
                applied / 1e9, resynced / 1e9));
        }
    }
}
