package io.vswitch.vpp.sim;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a simulator from the command line until the process is told to stop:
 * {@code VppSimulatorMain <socket-path>}.
 */
public final class VppSimulatorMain {
    private static final Logger LOG = LoggerFactory.getLogger(VppSimulatorMain.class);

    private VppSimulatorMain() {
        // main only
    }

    /**
     * Starts the simulator on the given socket and waits for SIGTERM / SIGINT.
     *
     * @param args one argument: the socket path
     * @throws InterruptedException if interrupted while waiting
     */
    @SuppressWarnings("checkstyle:RegexpSinglelineJava")
    public static void main(final String[] args) throws InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: vpp-sim <socket-path>");
            System.exit(2);
            return;
        }
        final Path socket = Path.of(args[0]).toAbsolutePath();
        final VppSimulator simulator = new VppSimulator();
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "vpp-sim-shutdown"));
        simulator.start(socket);
        System.out.println("VPP simulator " + SimulatorOptions.VPP_VERSION + " listening on " + socket);
        LOG.debug("Waiting for a stop signal");
        stopped.await();
    }
}
