package io.vswitch.benchmarks.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * VPP restarted empty while a converged item set is configured: the time until the controller has put it all back.
 *
 * <p>What makes it honest:
 * <ul>
 *   <li>The simulator is killed with SIGKILL and its supervisor starts a fresh, empty one on the same socket. The
 *       clock starts when that one accepts connections: the simulator JVM's own start is not the controller's
 *       work (it is printed, as kill to ready), while the controller's reconnect delay (its backoff) is.</li>
 *   <li>Statuses written before the restart still read {@code applied} until the controller revises them, so
 *       "all applied" alone proves nothing. The end needs, in order: a resync report newer than the kill that did
 *       not fail ({@code /node/resync/last-time}); then every status {@code applied}; then a dump of the new VPP,
 *       over a client of our own, holding the whole set (only the controller can have put it there).</li>
 *   <li>Each wait reads back to back with short pauses, and the end is taken after the answer of the read that
 *       saw it: the figure is an upper bound, by at most one pause and one full read.</li>
 * </ul>
 */
final class ResyncAfterRestart {
    private final BenchNode node;
    private final SimulatorProcess simulator;
    private final Convergence convergence;
    private final Duration pause;
    private final Duration timeout;

    ResyncAfterRestart(final BenchNode node, final SimulatorProcess simulator, final Convergence convergence,
            final Duration pause, final Duration timeout) {
        this.node = node;
        this.simulator = simulator;
        this.convergence = convergence;
        this.pause = pause;
        this.timeout = timeout;
    }

    /**
     * Restarts VPP under the set (which must be converged) and prints the time under {@code resultName}.
     */
    void run(final ItemSet set, final String resultName) throws IOException, InterruptedException, TimeoutException {
        final Optional<String> before = node.lastResync().map(resync -> resync.path("last-time").asText());
        Report.diag(set.label() + ": killing the simulator");
        final Instant killedAt = Instant.now();
        final long killed = System.nanoTime();
        final long pid = simulator.kill(timeout);
        simulator.awaitRestarted(pid, timeout);
        final long ready = System.nanoTime();
        final Instant readyAt = Instant.now();

        final AtomicReference<String> last = new AtomicReference<>("nothing");
        final JsonNode resync = Poller.until(node.name() + ": a resync after the restart", timeout, pause, () -> {
            final Optional<JsonNode> report = node.lastResync();
            last.set(report.map(JsonNode::toString).orElse("none"));
            return report.filter(json -> !before.equals(Optional.of(json.path("last-time").asText()))
                && BenchNode.instant(json.path("last-time").asText()).isAfter(killedAt)
                && !"failed".equals(json.path("result").asText()));
        }, last::get);
        final long resynced = System.nanoTime();
        final long end = convergence.await(set);
        Report.seconds(resultName, end - ready);

        final String reconnect = node.connectionSince()
            .map(since -> Report.ms(Duration.between(readyAt, since).toNanos())).orElse("?");
        Report.diag(set.label() + " resync: simulator killed to ready again " + Report.ms(ready - killed)
            + " (not counted); ready to connected " + reconnect + "; resync reported "
            + Report.ms(resynced - ready) + " after ready (" + resync.path("result").asText() + ": "
            + resync.path("detail").asText() + "); all applied and checked " + Report.ms(end - resynced)
            + " after that");
    }
}
