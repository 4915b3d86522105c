package io.vswitch.benchmarks.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one interface the benchmark's routes go through: an af_packet interface {@code uplink} on host interface
 * {@code eth0} with address 192.0.2.2/24, the next hop 192.0.2.1 being on its subnet.
 */
final class Uplink {
    static final String NAME = "uplink";
    static final String NEXT_HOP = "192.0.2.1";

    private static final String HOST_INTERFACE = "eth0";
    private static final String ADDRESS = "192.0.2.2/24";
    private static final int CREATED = 201;
    private static final int NO_CONTENT = 204;

    private final Restconf restconf;
    private final VppInspector inspector;
    private final String containerPath;

    Uplink(final Restconf restconf, final BenchNode node, final VppInspector inspector) {
        this.restconf = restconf;
        this.inspector = inspector;
        containerPath = node.path() + "/vswitch-interfaces:interfaces";
    }

    /**
     * Makes the uplink the node's only interface (one PUT of the interfaces container: loopbacks of earlier
     * measurements go, so that they are neither work nor noise for the routes), then waits until the controller
     * reports it alone and applied and VPP holds no loopback of ours.
     */
    void replaceInterfaces(final Duration pause, final Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        final long start = System.nanoTime();
        Restconf.expect(restconf.put(containerPath, "{\"vswitch-interfaces:interfaces\":{\"interface\":[{\"name\":\""
            + NAME + "\",\"type\":\"vswitch-interfaces:af-packet\",\"af-packet\":{\"host-if-name\":\""
            + HOST_INTERFACE + "\"},\"ipv4-address\":[\"" + ADDRESS + "\"]}]}}"), CREATED, NO_CONTENT);
        final ListStatus statuses = new ListStatus(restconf, containerPath, "interface", List.of("name"));
        final AtomicReference<String> last = new AtomicReference<>("nothing");
        Poller.until(NAME + " the only interface, applied", timeout, pause, () -> {
            final StatusCount count = statuses.read();
            last.set(count.toString());
            return count.allApplied(1) ? Optional.of(count) : Optional.empty();
        }, last::get);
        Poller.until("VPP without loopbacks of ours", timeout, pause, () -> {
            final VppCount count = inspector.loopbacks();
            last.set(count.toString());
            return count.tagged() == 0 ? Optional.of(count) : Optional.empty();
        }, last::get);
        Report.diag(NAME + " (" + HOST_INTERFACE + ", " + ADDRESS + ") is the only interface, applied, after "
            + Report.ms(System.nanoTime() - start));
    }
}
