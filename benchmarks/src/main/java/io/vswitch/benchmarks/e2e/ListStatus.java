package io.vswitch.benchmarks.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the statuses of every entry of one configured list (interfaces, routes, ...) from the operational
 * datastore in one request. It asks only for each entry's key and {@code status/state} with RFC 8040's
 * {@code fields} query parameter, and falls back to whole entries when the server refuses it.
 */
final class ListStatus {
    private static final int SAMPLE = 5;
    private static final int OK = 200;
    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;
    private static final String APPLIED = "applied";
    private static final String FAILED = "failed";

    private final Restconf restconf;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String containerPath;
    private final String listName;
    private final List<String> keyLeaves;
    private boolean fieldsRefused;

    /**
     * A reader of one list.
     *
     * @param containerPath the data path of the list's parent container, e.g.
     *     {@code vswitch-node:nodes/node=bench/vswitch-interfaces:interfaces}
     * @param listName the list's name in that container, e.g. {@code interface}
     * @param keyLeaves the list's key leaves, e.g. {@code name}, or {@code vrf} and {@code destination}
     */
    ListStatus(final Restconf restconf, final String containerPath, final String listName,
            final List<String> keyLeaves) {
        this.restconf = restconf;
        this.containerPath = containerPath;
        this.listName = listName;
        this.keyLeaves = List.copyOf(keyLeaves);
    }

    StatusCount read() throws IOException, InterruptedException {
        final long start = System.nanoTime();
        final HttpResponse<String> response = restconf.get(containerPath + "?content=nonconfig"
            + (fieldsRefused ? "" : "&fields=" + listName + "(" + String.join(";", keyLeaves)
                + ";status/state;status/reason)"));
        if (response.statusCode() == BAD_REQUEST && !fieldsRefused) {
            Report.diag("the server refuses the fields parameter; reading whole entries: " + response.body());
            fieldsRefused = true;
            return read();
        }
        if (response.statusCode() == NOT_FOUND || response.statusCode() == CONFLICT) {
            return new StatusCount(0, 0, 0, List.of(), System.nanoTime() - start);
        }
        final JsonNode root = mapper.readTree(Restconf.expect(response, OK));
        final Iterator<JsonNode> containers = root.elements();
        final JsonNode entries = containers.hasNext() ? containers.next().path(listName) : mapper.missingNode();
        int applied = 0;
        int failed = 0;
        final List<String> others = new ArrayList<>();
        for (JsonNode entry : entries) {
            final String state = entry.path("status").path("state").asText("none");
            if (APPLIED.equals(state)) {
                applied++;
                continue;
            }
            if (FAILED.equals(state)) {
                failed++;
            }
            if (others.size() < SAMPLE) {
                final JsonNode reason = entry.path("status").path("reason");
                others.add(key(entry) + "=" + state
                    + (reason.isMissingNode() ? "" : " (" + reason.asText() + ")"));
            }
        }
        return new StatusCount(entries.size(), applied, failed, others, System.nanoTime() - start);
    }

    private String key(final JsonNode entry) {
        final StringBuilder key = new StringBuilder();
        for (String leaf : keyLeaves) {
            key.append(key.length() == 0 ? "" : ",").append(entry.path(leaf).asText());
        }
        return key.toString();
    }
}
