package io.vswitch.benchmarks.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * The simulator's JVM as {@code benchmarks/run} supervises it: the supervisor writes the running JVM's pid to a
 * file and starts a new, empty simulator on the same socket whenever the JVM dies, as systemd restarts a crashed
 * VPP.
 */
final class SimulatorProcess {
    private static final Duration PAUSE = Duration.ofMillis(1);

    private final Path pidFile;
    private final VppInspector inspector;

    SimulatorProcess(final Path pidFile, final VppInspector inspector) {
        this.pidFile = pidFile;
        this.inspector = inspector;
    }

    /**
     * Kills the running simulator with SIGKILL, as a crash would, and waits until it is gone.
     *
     * @return the killed process's pid
     */
    long kill(final Duration timeout) throws IOException, InterruptedException, TimeoutException {
        final long pid = pid().orElseThrow(() -> new IOException("no simulator pid in " + pidFile));
        final ProcessHandle process = ProcessHandle.of(pid)
            .orElseThrow(() -> new IOException("the simulator (pid " + pid + ") is not running"));
        process.destroyForcibly();
        Poller.until("simulator " + pid + " gone", timeout, PAUSE,
            () -> process.isAlive() ? Optional.empty() : Optional.of(pid));
        return pid;
    }

    /**
     * Waits until the supervisor's new simulator (another pid than the killed one) accepts connections.
     */
    void awaitRestarted(final long killedPid, final Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        Poller.until("simulator restarted", timeout, PAUSE, () -> {
            final Optional<Long> pid = pid();
            return pid.isPresent() && pid.orElseThrow() != killedPid && inspector.accepting() ? pid
                : Optional.empty();
        });
    }

    private Optional<Long> pid() throws IOException {
        try {
            final String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
