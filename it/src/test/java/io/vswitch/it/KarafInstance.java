package io.vswitch.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the assembled controller, started and stopped the way an operator does it ({@code bin/start},
 * {@code bin/stop}), or killed to simulate a crash.
 */
final class KarafInstance {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

    private final Path home;

    private KarafInstance(final Path home) {
        this.home = home;
    }

    /**
     * Copies the unpacked distribution into a fresh directory, so that every test class starts from an empty
     * datastore.
     */
    static KarafInstance freshCopy(final String name) throws IOException {
        final Path source = Path.of(System.getProperty("vswitch.karaf.dir"));
        final Path target = Path.of("target", name).toAbsolutePath();
        deleteRecursively(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                final Path dest = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        try (Stream<Path> scripts = Files.list(target.resolve("bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true));
        }
        return new KarafInstance(target);
    }

    Path home() {
        return home;
    }

    Path log() {
        return home.resolve("data/log/karaf.log");
    }

    void start() throws IOException, InterruptedException {
        run(List.of(home.resolve("bin/start").toString()), Duration.ofSeconds(60));
    }

    /**
     * Stops gracefully and waits until the process is gone.
     */
    void stop() throws IOException, InterruptedException {
        final ProcessHandle process = process();
        run(List.of(home.resolve("bin/stop").toString()), Duration.ofSeconds(60));
        awaitExit(process);
    }

    /**
     * Kills the process with SIGKILL, as a crash or an OOM killer would.
     */
    void kill() throws IOException, InterruptedException {
        final ProcessHandle process = process();
        if (process != null) {
            process.destroyForcibly();
        }
        awaitExit(process);
    }

    /**
     * Runs a console command through {@code bin/client} and returns what it printed.
     */
    String console(final String command) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder(home.resolve("bin/client").toString(), "-b")
            .redirectErrorStream(true).start();
        process.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("bin/client did not finish: " + output);
        }
        return output;
    }

    long residentKilobytes() throws IOException, InterruptedException {
        final ProcessHandle process = process();
        if (process == null) {
            return -1;
        }
        final Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", Long.toString(process.pid())).start();
        final String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        ps.waitFor();
        return Long.parseLong(out);
    }

    private ProcessHandle process() throws IOException {
        final Path pidFile = home.resolve("karaf.pid");
        if (!Files.exists(pidFile)) {
            return null;
        }
        final String pid = Files.readString(pidFile).trim();
        return pid.isEmpty() ? null : ProcessHandle.of(Long.parseLong(pid)).orElse(null);
    }

    private static void awaitExit(final ProcessHandle process) throws InterruptedException {
        if (process == null) {
            return;
        }
        final Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while (process.isAlive()) {
            if (Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("Karaf (pid " + process.pid() + ") did not stop in " + STOP_TIMEOUT);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private void run(final List<String> command, final Duration timeout) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
            .start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command + " failed: " + output);
        }
    }

    private static void deleteRecursively(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(file);
            }
        }
    }
}
