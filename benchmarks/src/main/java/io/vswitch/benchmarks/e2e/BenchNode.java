package io.vswitch.benchmarks.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The benchmark's node in the controller: its configuration, and what the controller reports of its connection
 * and resyncs.
 */
final class BenchNode {
    private static final int CREATED = 201;
    private static final int NO_CONTENT = 204;

    private final Restconf restconf;
    private final String name;

    BenchNode(final Restconf restconf, final String name) {
        this.restconf = restconf;
        this.name = name;
    }

    String name() {
        return name;
    }

    /**
     * The node's data path, parent of every feature area's subtree.
     */
    String path() {
        return "vswitch-node:nodes/node=" + name;
    }

    void create(final Path apiSocket) throws IOException, InterruptedException {
        final ObjectMapper mapper = new ObjectMapper();
        final ObjectNode body = mapper.createObjectNode();
        body.putArray("vswitch-node:node").addObject().put("name", name).put("api-socket", apiSocket.toString());
        Restconf.expect(restconf.put(path(), mapper.writeValueAsString(body)), CREATED, NO_CONTENT);
    }

    Optional<String> connectionState() throws IOException, InterruptedException {
        return restconf.leaf(path() + "/connection/state?content=nonconfig");
    }

    /**
     * When the connection entered its current state, by the controller's clock.
     */
    Optional<Instant> connectionSince() throws IOException, InterruptedException {
        return restconf.leaf(path() + "/connection/since?content=nonconfig").map(BenchNode::instant);
    }

    /**
     * The last resync's report (last-time, result, detail); empty before the first one.
     */
    Optional<JsonNode> lastResync() throws IOException, InterruptedException {
        return restconf.read(path() + "/resync?content=nonconfig")
            .map(json -> json.path("vswitch-node:resync"))
            .filter(resync -> resync.has("last-time"));
    }

    /**
     * The node's status summary (applied, pending, retrying, failed: counts of its entries); empty before the
     * controller has written one.
     */
    Optional<JsonNode> statusSummary() throws IOException, InterruptedException {
        return restconf.read(path() + "/status-summary?content=nonconfig")
            .map(json -> json.path("vswitch-node:status-summary"))
            .filter(JsonNode::isObject);
    }

    static Instant instant(final String dateAndTime) {
        return OffsetDateTime.parse(dateAndTime).toInstant();
    }
}
