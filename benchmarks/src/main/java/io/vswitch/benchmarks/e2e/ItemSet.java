package io.vswitch.benchmarks.e2e;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * A set of configured items a bulk measurement writes in one request and waits for: how to write it, how to read
 * its statuses, and how to check VPP holds it. Loopbacks ({@link LoopbackSet}) and routes ({@link RouteSet}).
 */
interface ItemSet {
    /**
     * The set's name in result lines, e.g. {@code 10k_loopbacks}.
     */
    String label();

    int size();

    /**
     * Writes the whole set in one RESTCONF request, replacing what the list held; returns once committed.
     */
    void write() throws IOException, InterruptedException;

    /**
     * Deletes every item of the set's list in one request.
     */
    void clear() throws IOException, InterruptedException;

    /**
     * Configures what the set needs besides itself (e.g. the interface routes go through) and waits until the
     * controller has applied it; called after {@link #clear()}, before the clock starts. Nothing by default.
     */
    default void prepare() throws IOException, InterruptedException, TimeoutException {
        // nothing needed
    }

    ListStatus statuses();

    /**
     * How many of the set VPP holds now, by a dump over a client of its own.
     */
    VppCheck checkVpp() throws IOException, InterruptedException;

    /**
     * What a dump found.
     *
     * @param found items of the set VPP holds (in any shape)
     * @param complete whether VPP holds exactly the set, each item as configured
     * @param detail what was counted, in words
     */
    record VppCheck(int found, boolean complete, String detail) {
    }
}
