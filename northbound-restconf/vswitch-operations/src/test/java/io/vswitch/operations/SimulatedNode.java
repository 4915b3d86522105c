package io.vswitch.operations;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vswitch.renderer.api.NodeScheduler;
import io.vswitch.renderer.spi.VppError;
import io.vswitch.vpp.api.client.VppCallException;
import io.vswitch.vpp.api.client.VppClient;
import io.vswitch.vpp.api.client.VppClientConfig;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.sim.VppSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * One node for the tests: a simulated VPP on a Unix socket, a real client connected to it and a real scheduler
 * with the test descriptor.
 */
final class SimulatedNode implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    final VppSimulator simulator = new VppSimulator();
    final VppClient client;
    final VppSession session;
    final NodeScheduler scheduler;

    SimulatedNode(final String name, final Path dir) {
        this(name, dir, WAIT);
    }

    SimulatedNode(final String name, final Path dir, final Duration callTimeout) {
        final Path socket = dir.resolve(name + ".sock");
        simulator.start(socket);
        client = VppClient.start(VppClientConfig.defaults().withSocketPath(socket).withClientName("operations-test")
            .withCallTimeout(callTimeout)
            .withReconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200)));
        session = await(client.connected());
        scheduler = NodeScheduler.builder(name)
            .descriptors(new TestLoopbacks())
            .errorDescriber(error -> error instanceof VppCallException call
                ? Optional.of(VppError.of(call.retval(), call.messageName())) : Optional.empty())
            .build();
    }

    static <T> T await(final CompletionStage<T> stage) {
        return assertTimeoutPreemptively(WAIT, () -> stage.toCompletableFuture().get());
    }

    @Override
    public void close() {
        scheduler.close();
        client.close();
        simulator.close();
    }
}
