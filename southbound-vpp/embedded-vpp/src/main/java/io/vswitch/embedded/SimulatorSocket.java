package io.vswitch.embedded;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the embedded simulator listens. A Unix socket path holds at most 107 bytes, and an installation can live
 * deeper than that allows; then a short, stable per-installation path under the temporary directory is used.
 */
final class SimulatorSocket {
    static final int MAX_PATH_BYTES = 107;

    private SimulatorSocket() {
    }

    static Path choose(final String configured, final Path karafData, final Path tmpDir) {
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        final Path preferred = karafData.resolve("vpp-sim").resolve("api.sock").toAbsolutePath();
        if (preferred.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES) {
            return preferred;
        }
        return tmpDir.resolve("vswitch-sim-" + Integer.toHexString(preferred.toString().hashCode()))
            .resolve("api.sock");
    }
}
