package io.vswitch.northbound.refusal;

import io.vswitch.renderer.odl.validation.CommitRefusal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a RESTCONF error answer about a commit refused by validation is corrected: OpenDaylight's RESTCONF (netconf
 * 7.0.7) answers every commit failure other than data-exists/data-missing with 500 operation-failed, its reason in
 * error-info; a refused commit is the client's error, so it becomes 400 invalid-value with the same body otherwise.
 */
final class RefusedCommitStatus {
    static final int REFUSED = 400;
    static final int SERVER_ERROR = 500;

    private RefusedCommitStatus() {
        // static helpers only
    }

    /**
     * The corrected body when this 500 answer is about a refused commit, else empty.
     */
    static Optional<byte[]> correct(final byte[] body) {
        final String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains(CommitRefusal.PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(text.replace("\"error-tag\": \"operation-failed\"", "\"error-tag\": \"invalid-value\"")
            .replace("\"error-tag\":\"operation-failed\"", "\"error-tag\":\"invalid-value\"")
            .replace("<error-tag>operation-failed</error-tag>", "<error-tag>invalid-value</error-tag>")
            .getBytes(StandardCharsets.UTF_8));
    }
}
