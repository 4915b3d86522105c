package io.vswitch.benchmarks.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures the whole controller, from a RESTCONF client to VPP and back to the operational status, and prints
 * {@code <name> <value> <unit>} lines:
 * <ul>
 *   <li>{@code e2e.interface_create.p50} and {@code .p99} (ms): one loopback per RESTCONF PUT, sequentially, until
 *       its status reads {@code applied} ({@link InterfaceCreateLatency});</li>
 *   <li>{@code e2e.bulk_10k_loopbacks} (s): 10,000 loopbacks in one PUT until the node's status summary reports
 *       them all {@code applied} (confirmed by a full read) and the simulator holds them ({@link BulkApply},
 *       {@link Convergence}); {@code e2e.status_poll_10k} (ms): one read of their 10,000
 *       statuses;</li>
 *   <li>{@code e2e.resync_10k} (s): the simulator killed and restarted empty under them, until all are back
 *       ({@link ResyncAfterRestart});</li>
 *   <li>{@code e2e.bulk_100k_routes} (s): 100,000 IPv4 routes via one interface in one PUT, until all are
 *       reported {@code applied} (as above) and a dump of VPP's table 0 holds them ({@link RouteSet});
 *       {@code e2e.status_poll_100k} (ms): one read of their statuses; {@code e2e.resync_100k_routes} (s): the
 *       simulator restarted empty under them, until all are back.</li>
 * </ul>
 * The controller runs in its own JVM (started by {@code benchmarks/run}, embedded simulator off), the simulator in
 * another under a supervisor that restarts it when it dies. Each bulk measurement is an {@link ItemSet} run
 * through {@link BulkApply} and {@link ResyncAfterRestart}.
 *
 * <p>Usage: {@code E2eBenchmark <restconf-base-url> <api-socket> <simulator-pid-file> [name=value...]}; see
 * {@link E2eOptions} for the names.
 */
public final class E2eBenchmark {
    private static final int MIN_ARGUMENTS = 3;
    private static final Duration READY_PAUSE = Duration.ofMillis(250);
    private static final int OK = 200;
    private static final int CONFLICT = 409;

    private E2eBenchmark() {
        // main only
    }

    /**
     * Runs the benchmark.
     *
     * @param args RESTCONF base URL, the simulator's API socket, the supervisor's pid file, then options
     * @throws Exception when the controller or the simulator misbehaves or does not converge in time
     */
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) throws Exception {
        if (args.length < MIN_ARGUMENTS) {
            System.err.println("usage: E2eBenchmark <restconf-base-url> <api-socket> <simulator-pid-file> "
                + E2eOptions.USAGE);
            System.exit(2);
            return;
        }
        final E2eOptions options = E2eOptions.parse(Arrays.asList(args).subList(MIN_ARGUMENTS, args.length));
        final Path socket = Path.of(args[1]);
        final Restconf restconf = new Restconf(args[0], "admin", "admin");
        final BenchNode node = new BenchNode(restconf, options.node());
        final VppInspector inspector = new VppInspector(socket);
        final Loopbacks loopbacks = new Loopbacks(restconf, node);

        awaitReady(restconf, options.timeout());
        connect(node, socket, options.timeout());
        if (options.creates() > 0) {
            new InterfaceCreateLatency(loopbacks, options.createPoll()).run(options.warmup(), options.creates());
        }
        final Convergence convergence = new Convergence(node, options.cheapPoll(), options.fullPoll(),
            options.timeout());
        final BulkApply bulk = new BulkApply(convergence, options.fullPoll(), options.timeout());
        final ResyncAfterRestart resync = new ResyncAfterRestart(node,
            new SimulatorProcess(Path.of(args[2]), inspector), convergence, options.cheapPoll(), options.timeout());
        if (options.bulk() > 0) {
            measure(new LoopbackSet(loopbacks, inspector, options.bulk()), "e2e.resync_" + Report.count(options.bulk()),
                bulk, options.resync() ? Optional.of(resync) : Optional.empty());
        }
        if (options.routes() > 0) {
            final RouteSet set = new RouteSet(new Routes(restconf, node), new Uplink(restconf, node, inspector),
                inspector, options.routes(), options.fullPoll(), options.timeout());
            measure(set, "e2e.resync_" + set.label(), bulk, options.resync() ? Optional.of(resync) : Optional.empty());
        }
        // the VPP client's event loop threads are daemons, and the HTTP client's too: nothing else keeps the JVM
    }

    private static void measure(final ItemSet set, final String resyncName, final BulkApply bulk,
            final Optional<ResyncAfterRestart> resync) throws IOException, InterruptedException, TimeoutException {
        bulk.run(set, "e2e.bulk_" + set.label(), "e2e.status_poll_" + Report.count(set.size()));
        if (resync.isPresent()) {
            resync.orElseThrow().run(set, resyncName);
        }
    }

    private static void awaitReady(final Restconf restconf, final Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        final long start = System.nanoTime();
        final AtomicReference<String> last = new AtomicReference<>("no answer");
        Poller.until("RESTCONF ready", timeout, READY_PAUSE, () -> {
            try {
                // 200, or 409 while there is no node (OpenDaylight's data-missing); not 404 (RESTCONF not yet
                // deployed in Jetty), 401 (AAA not up) nor 503
                final int status = restconf.get("vswitch-node:nodes").statusCode();
                last.set("HTTP " + status);
                return status == OK || status == CONFLICT ? Optional.of(status) : Optional.empty();
            } catch (IOException e) {
                last.set(e.toString());
                return Optional.empty();
            }
        }, last::get);
        Report.diag("RESTCONF ready after " + Report.ms(System.nanoTime() - start) + " of waiting");
    }

    private static void connect(final BenchNode node, final Path socket, final Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        final long start = System.nanoTime();
        node.create(socket);
        final AtomicReference<String> last = new AtomicReference<>("nothing");
        Poller.until("node " + node.name() + " connected", timeout, READY_PAUSE, () -> {
            final Optional<String> state = node.connectionState();
            last.set(state.orElse("no state"));
            return state.filter("connected"::equals);
        }, last::get);
        Report.diag("node " + node.name() + " connected to " + socket + " in " + Report.ms(System.nanoTime() - start));
    }
}
