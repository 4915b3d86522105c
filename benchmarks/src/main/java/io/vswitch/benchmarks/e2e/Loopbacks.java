package io.vswitch.benchmarks.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/**
 * The node's loopbacks, named {@code loop<N>}: written one at a time or all at once over RESTCONF, and their
 * statuses.
 */
final class Loopbacks {
    static final String TAG_PREFIX = "loop";

    private static final int CREATED = 201;
    private static final int NO_CONTENT = 204;
    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;
    /** Bytes of one entry in a bulk body, to size its buffer. */
    private static final int ENTRY_BYTES = 64;

    private final Restconf restconf;
    private final String containerPath;

    Loopbacks(final Restconf restconf, final BenchNode node) {
        this.restconf = restconf;
        containerPath = node.path() + "/vswitch-interfaces:interfaces";
    }

    static String name(final int index) {
        return TAG_PREFIX + index;
    }

    /**
     * Creates one loopback with one RESTCONF PUT of its list entry; returns when the controller has committed it.
     */
    void create(final int index) throws IOException, InterruptedException {
        final HttpResponse<String> response = restconf.put(entryPath(index),
            "{\"vswitch-interfaces:interface\":[" + entry(index) + "]}");
        Restconf.expect(response, CREATED);
    }

    /**
     * The loopback's status state ({@code applied}, {@code pending}...); empty while it has none.
     */
    Optional<String> state(final int index) throws IOException, InterruptedException {
        return restconf.leaf(entryPath(index) + "/status/state?content=nonconfig");
    }

    /**
     * Replaces every interface of the node with loopbacks 0 to count - 1, in one RESTCONF PUT of the interfaces
     * container.
     */
    void replaceAll(final int count) throws IOException, InterruptedException {
        final StringBuilder body = new StringBuilder(count * ENTRY_BYTES)
            .append("{\"vswitch-interfaces:interfaces\":{\"interface\":[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append(entry(i));
        }
        body.append("]}}");
        Restconf.expect(restconf.put(containerPath, body.toString()), CREATED, NO_CONTENT);
    }

    /**
     * Deletes every interface of the node in one request.
     */
    void deleteAll() throws IOException, InterruptedException {
        Restconf.expect(restconf.delete(containerPath), NO_CONTENT, NOT_FOUND, CONFLICT);
    }

    ListStatus statuses() {
        return new ListStatus(restconf, containerPath, "interface", List.of("name"));
    }

    private String entryPath(final int index) {
        return containerPath + "/interface=" + name(index);
    }

    private static String entry(final int index) {
        return "{\"name\":\"" + name(index) + "\",\"type\":\"vswitch-interfaces:loopback\"}";
    }
}
