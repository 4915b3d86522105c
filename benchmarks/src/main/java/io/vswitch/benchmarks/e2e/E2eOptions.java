package io.vswitch.benchmarks.e2e;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's tunables, given as {@code name=value} arguments.
 *
 * @param node the node the benchmark creates
 * @param warmup loopbacks created one at a time before measuring
 * @param creates loopbacks created one at a time and measured
 * @param bulk loopbacks written in one request (0 skips the loopbacks' bulk and resync measurements)
 * @param routes routes written in one request (0 skips the routes' bulk and resync measurements); with
 *     {@code creates=0 bulk=0} only the routes are measured
 * @param resync whether to measure the resync after a simulator restart (of the loopbacks and of the routes)
 * @param createPoll pause between status reads of one loopback
 * @param cheapPoll pause between cheap reads (one status, the resync report) while a bulk converges: every read is
 *     work for the controller, which shares the 2 cores with the simulator and this driver; 20 ms keeps the polling
 *     to a few percent of a core (at 2 ms it took a third of one from the statuses being written) for at most
 *     20 ms of resolution
 * @param fullPoll pause between full status reads of a bulk
 * @param timeout for each wait
 */
record E2eOptions(String node, int warmup, int creates, int bulk, int routes, boolean resync, Duration createPoll,
        Duration cheapPoll, Duration fullPoll, Duration timeout) {
    static final String USAGE = "node=bench warmup=1000 creates=500 bulk=10000 routes=100000 resync=true"
        + " createPollMicros=1000 cheapPollMillis=20 fullPollMillis=20 timeoutSeconds=600";

    static E2eOptions parse(final Iterable<String> arguments) {
        final Map<String, String> values = new HashMap<>();
        for (String token : USAGE.split(" ")) {
            final String[] pair = token.split("=", 2);
            values.put(pair[0], pair[1]);
        }
        final Set<String> known = Set.copyOf(values.keySet());
        for (String argument : arguments) {
            final String[] pair = argument.split("=", 2);
            if (pair.length != 2 || !known.contains(pair[0])) {
                throw new IllegalArgumentException("unknown argument " + argument + "; known, with defaults: "
                    + USAGE);
            }
            values.put(pair[0], pair[1]);
        }
        return new E2eOptions(values.get("node"), Integer.parseInt(values.get("warmup")),
            Integer.parseInt(values.get("creates")), Integer.parseInt(values.get("bulk")),
            Integer.parseInt(values.get("routes")),
            Boolean.parseBoolean(values.get("resync")),
            Duration.ofNanos(Long.parseLong(values.get("createPollMicros")) * 1_000),
            Duration.ofMillis(Long.parseLong(values.get("cheapPollMillis"))),
            Duration.ofMillis(Long.parseLong(values.get("fullPollMillis"))),
            Duration.ofSeconds(Long.parseLong(values.get("timeoutSeconds"))));
    }
}
