package io.vswitch.benchmarks.e2e;

import java.io.IOException;
import java.util.List;

/**
 * The node's static IPv4 routes in table 0, host routes {@code 10.0.0.0/32}, {@code 10.0.0.1/32}... (route N is
 * 10.0.0.0 + N), each via {@link Uplink#NEXT_HOP} on {@link Uplink#NAME}: written all at once over RESTCONF, and
 * their statuses.
 */
final class Routes {
    static final int TABLE = 0;
    /** 10.0.0.0: route N's destination is this plus N. */
    static final int FIRST_ADDRESS = 10 << 24;
    static final int PREFIX_LENGTH = 32;

    private static final int CREATED = 201;
    private static final int NO_CONTENT = 204;
    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;
    /** Bytes of one entry in a bulk body, to size its buffer. */
    private static final int ENTRY_BYTES = 112;
    private static final int BYTE = 0xff;

    private final Restconf restconf;
    private final String containerPath;

    Routes(final Restconf restconf, final BenchNode node) {
        this.restconf = restconf;
        containerPath = node.path() + "/vswitch-l3:l3";
    }

    /**
     * Route N's destination, e.g. {@code 10.0.1.4/32}.
     */
    static String destination(final int index) {
        final int address = FIRST_ADDRESS + index;
        return (address >>> 24) + "." + (address >>> 16 & BYTE) + "." + (address >>> 8 & BYTE) + "."
            + (address & BYTE) + "/" + PREFIX_LENGTH;
    }

    /**
     * Replaces the node's whole L3 configuration with routes 0 to count - 1, in one RESTCONF PUT of the l3
     * container.
     */
    void replaceAll(final int count) throws IOException, InterruptedException {
        final StringBuilder body = new StringBuilder(count * ENTRY_BYTES).append("{\"vswitch-l3:l3\":{\"route\":[");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("{\"vrf\":").append(TABLE).append(",\"destination\":\"")
                .append(destination(i)).append("\",\"next-hop\":[{\"id\":1,\"interface\":\"").append(Uplink.NAME)
                .append("\",\"address\":\"").append(Uplink.NEXT_HOP).append("\"}]}");
        }
        body.append("]}}");
        Restconf.expect(restconf.put(containerPath, body.toString()), CREATED, NO_CONTENT);
    }

    /**
     * Deletes the node's whole L3 configuration in one request.
     */
    void deleteAll() throws IOException, InterruptedException {
        Restconf.expect(restconf.delete(containerPath), NO_CONTENT, NOT_FOUND, CONFLICT);
    }

    ListStatus statuses() {
        return new ListStatus(restconf, containerPath, "route", List.of("vrf", "destination"));
    }
}
