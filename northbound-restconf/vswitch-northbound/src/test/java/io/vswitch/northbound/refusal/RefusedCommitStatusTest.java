package io.vswitch.northbound.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.odl.spi.Violation;
import io.vswitch.renderer.odl.validation.CommitRefusal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefusedCommitStatusTest {
    private static final Violation FIRST = new Violation("/nodes/node=vpp1/interfaces/interface=m2/memif/id",
        "memif id 1 is already used on socket /run/vpp/memif.sock by interface m1");

    @Test
    void refusedCommitAnswersBecomeInvalidValue() {
        final String json = "{\"errors\":{\"error\":[{\"error-tag\": \"operation-failed\",\"error-info\": \""
            + new CommitRefusal(List.of(FIRST)).message() + "\"}]}}";
        assertEquals(Optional.of(json.replace("operation-failed", "invalid-value")), RefusedCommitStatus
            .correct(json.getBytes(StandardCharsets.UTF_8)).map(body -> new String(body, StandardCharsets.UTF_8)));
        final String xml = "<errors><error><error-tag>operation-failed</error-tag><error-info>"
            + new CommitRefusal(List.of(FIRST)).message() + "</error-info></error></errors>";
        assertTrue(new String(RefusedCommitStatus.correct(xml.getBytes(StandardCharsets.UTF_8)).orElseThrow(),
            StandardCharsets.UTF_8).contains("<error-tag>invalid-value</error-tag>"));
    }

    @Test
    void otherServerErrorsAreLeftAlone() {
        assertEquals(Optional.empty(), RefusedCommitStatus.correct(
            "{\"error-tag\": \"operation-failed\", \"error-info\": \"shard not ready\"}"
                .getBytes(StandardCharsets.UTF_8)));
    }
}
