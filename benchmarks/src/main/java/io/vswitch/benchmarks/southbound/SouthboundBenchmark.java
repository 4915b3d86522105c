package io.vswitch.benchmarks.southbound;

import io.vswitch.vpp.api.client.VppClient;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ControlPingReply;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.l3.IpRoute;
import io.vswitch.vpp.api.message.l3.IpRouteAddDel;
import io.vswitch.vpp.api.message.types.Address;
import io.vswitch.vpp.api.message.types.FibMplsLabel;
import io.vswitch.vpp.api.message.types.FibPath;
import io.vswitch.vpp.api.message.types.FibPathNh;
import io.vswitch.vpp.api.message.types.Prefix;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures the client against a running simulator (or VPP) and prints {@code <name> <value> <unit>} lines:
 * <ul>
 *   <li>{@code southbound.route_add.pipelined}: {@code ip_route_add_del} of distinct /32 prefixes, one path via a
 *       loopback, as many in flight as the client's window allows; every reply checked.</li>
 *   <li>{@code southbound.control_ping.pipelined}: the same with {@code control_ping}, the cheapest request: the
 *       client's and the server's per-message cost without route handling.</li>
 *   <li>{@code southbound.control_ping.sync_p50} and {@code _p99}: one {@code control_ping} at a time, the
 *       calling thread waiting for each reply (spin, then park); {@code sync_parked_*}: the same parking at once;
 *       {@code sync_chained_*}: each ping sent from the previous one's completion.</li>
 * </ul>
 * Each measurement follows a warm-up of the same work, so that the JIT has compiled both sides.
 *
 * <p>Usage: {@code SouthboundBenchmark <socket> [routes] [pings]}.
 */
public final class SouthboundBenchmark {
    private static final int DEFAULT_ROUTES = 1_000_000;
    private static final int DEFAULT_PINGS = 50_000;
    private static final int WINDOW = 10_000;
    /** Calls the driver keeps submitted (in flight or queued in the client): twice the window keeps it busy. */
    private static final int OUTSTANDING = 2 * WINDOW;
    private static final int IP4 = 0;
    private static final int NH_PROTO_IP4 = 0;
    private static final List<FibMplsLabel> NO_LABELS = Collections.nCopies(16, new FibMplsLabel(0, 0, 0, 0));
    private static final double NANOS_PER_MICRO = 1_000.0;
    private static final double NANOS_PER_SECOND = 1_000_000_000.0;
    private static final long MAX_SPIN_NANOS = 1_000_000;

    private final VppSession session;

    private SouthboundBenchmark(final VppSession session) {
        this.session = session;
    }

    /**
     * Runs the benchmark.
     *
     * @param args socket path, then optionally the number of routes and of pings to measure
     * @throws Exception when the simulator cannot be reached or a call fails
     */
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SouthboundBenchmark <socket> [routes] [pings]");
            System.exit(2);
            return;
        }
        final Path socket = Path.of(args[0]);
        final int routes = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ROUTES;
        final int pings = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_PINGS;
        final VppClientConfig config = VppClientConfig.defaults().withSocketPath(socket)
            .withClientName("benchmark").withMaxInFlight(WINDOW).withCallTimeout(Duration.ofSeconds(30));
        try (VppClient client = VppClient.start(config)) {
            final VppSession session = client.connected().get(30, TimeUnit.SECONDS);
            final SouthboundBenchmark benchmark = new SouthboundBenchmark(session);
            if (session.compatibility().isAvailable("l3") && session.compatibility().isAvailable("interfaces")) {
                benchmark.routeAdd(routes);
            } else {
                System.err.println("southbound.route_add skipped: the server lacks "
                    + session.compatibility().unavailableAreas());
            }
            benchmark.pipelinedPing(routes);
            benchmark.syncPing(pings);
        }
        // the client's event loop threads are daemons: nothing else keeps the JVM
    }

    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    private void routeAdd(final int count) throws Exception {
        final int swIfIndex = session.call(new CreateLoopback(new byte[] {2, 0, 0, 0, 0, 1})).get().swIfIndex();
        // warm-up with its own prefixes (172.16/12), then the measured run on 10/8: every prefix distinct
        addRoutes(swIfIndex, 0xAC10_0000, Math.min(count, 300_000));
        addRoutes(swIfIndex, 0x0A00_0000, count / 2);
        final long elapsed = addRoutes(swIfIndex, 0x0A00_0000 + count / 2, count - count / 2);
        print("southbound.route_add.pipelined", (count - count / 2) * NANOS_PER_SECOND / elapsed, "msgs/s");
    }

    /**
     * Adds routes as fast as the client takes them; returns the nanoseconds from the first call to the last reply.
     */
    private long addRoutes(final int swIfIndex, final int firstAddress, final int count) throws Exception {
        final Semaphore outstanding = new Semaphore(OUTSTANDING);
        final AtomicLong succeeded = new AtomicLong();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final FibPath path = new FibPath(swIfIndex, 0, 0, 1, 0, 0, 0, NH_PROTO_IP4,
            new FibPathNh(new byte[16], 0, 0, 0), 0, NO_LABELS);
        final List<FibPath> paths = List.of(path);
        final long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            outstanding.acquire();
            final int address = firstAddress + i;
            final byte[] union = new byte[16];
            union[0] = (byte) (address >>> 24);
            union[1] = (byte) (address >>> 16);
            union[2] = (byte) (address >>> 8);
            union[3] = (byte) address;
            final IpRoute route = new IpRoute(0, 0, new Prefix(new Address(IP4, union), 32), 1, paths);
            session.call(new IpRouteAddDel(true, false, route)).whenComplete((reply, error) -> {
                if (error == null && reply.retval() == 0) {
                    succeeded.incrementAndGet();
                } else {
                    failure.compareAndSet(null, error != null ? error
                        : new IllegalStateException("retval " + reply.retval()));
                }
                outstanding.release();
            });
        }
        outstanding.acquire(OUTSTANDING);
        final long elapsed = System.nanoTime() - start;
        final Throwable failed = failure.get();
        if (failed != null || succeeded.get() != count) {
            throw new IllegalStateException(count - succeeded.get() + " of " + count + " route adds failed", failed);
        }
        return elapsed;
    }

    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    private void pipelinedPing(final int count) throws Exception {
        pings(Math.min(count, 300_000));
        final long elapsed = pings(count);
        print("southbound.control_ping.pipelined", count * NANOS_PER_SECOND / elapsed, "msgs/s");
    }

    /**
     * Sends pings as fast as the client takes them; returns the nanoseconds from the first call to the last reply.
     */
    private long pings(final int count) throws Exception {
        final ControlPing ping = new ControlPing();
        final Semaphore outstanding = new Semaphore(OUTSTANDING);
        final AtomicLong succeeded = new AtomicLong();
        final long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            outstanding.acquire();
            session.call(ping).whenComplete((reply, error) -> {
                if (error == null) {
                    succeeded.incrementAndGet();
                }
                outstanding.release();
            });
        }
        outstanding.acquire(OUTSTANDING);
        final long elapsed = System.nanoTime() - start;
        if (succeeded.get() != count) {
            throw new IllegalStateException(count - succeeded.get() + " of " + count + " pings failed");
        }
        return elapsed;
    }

    private void syncPing(final int count) throws Exception {
        final long[] spinning = syncPings(count, true);
        final long[] parked = syncPings(count, false);
        final long[] chained = chainedPings(count);
        print("southbound.control_ping.sync_p50", percentile(spinning, 50), "us");
        print("southbound.control_ping.sync_p99", percentile(spinning, 99), "us");
        print("southbound.control_ping.sync_parked_p50", percentile(parked, 50), "us");
        print("southbound.control_ping.sync_parked_p99", percentile(parked, 99), "us");
        print("southbound.control_ping.sync_chained_p50", percentile(chained, 50), "us");
        print("southbound.control_ping.sync_chained_p99", percentile(chained, 99), "us");
    }

    /**
     * One ping at a time from this thread; returns the sorted round-trip times. The thread waits for each reply
     * either spinning on {@code isDone()} for up to 1 ms before parking in {@code get()} (spin-then-park, like the
     * JDK's SynchronousQueue), or parking at once. On this VM a parked thread's wake-up on an idle vCPU adds tens
     * of microseconds that belong to the hypervisor, not to the client.
     */
    private long[] syncPings(final int count, final boolean spin) throws Exception {
        final ControlPing ping = new ControlPing();
        final long[] latencies = new long[count];
        for (int round = 0; round < 2; round++) {
            // round 0 is the warm-up
            for (int i = 0; i < count; i++) {
                final long start = System.nanoTime();
                final CompletableFuture<ControlPingReply> reply = session.call(ping);
                while (spin && !reply.isDone() && System.nanoTime() - start < MAX_SPIN_NANOS) {
                    Thread.onSpinWait();
                }
                reply.get();
                latencies[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }

    /**
     * One ping at a time, each sent by the previous one's completion (on the client's event loop, as dependent
     * calls composed with {@code thenCompose} are); returns the sorted round-trip times.
     */
    private long[] chainedPings(final int count) throws Exception {
        final long[] latencies = new long[count];
        for (int round = 0; round < 2; round++) {
            final CompletableFuture<Void> done = new CompletableFuture<>();
            chain(new ControlPing(), latencies, 0, done);
            done.get();
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private void chain(final ControlPing ping, final long[] latencies, final int index,
            final CompletableFuture<Void> done) {
        final long start = System.nanoTime();
        session.call(ping).whenComplete((reply, error) -> {
            latencies[index] = System.nanoTime() - start;
            if (error != null) {
                done.completeExceptionally(error);
            } else if (index + 1 < latencies.length) {
                chain(ping, latencies, index + 1, done);
            } else {
                done.complete(null);
            }
        });
    }

    private static double percentile(final long[] sorted, final int percent) {
        return sorted[(int) ((long) sorted.length * percent / 100)] / NANOS_PER_MICRO;
    }

    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    private static void print(final String name, final double value, final String unit) {
        System.out.println(String.format(Locale.ROOT, "%s %.1f %s", name, value, unit));
    }
}
