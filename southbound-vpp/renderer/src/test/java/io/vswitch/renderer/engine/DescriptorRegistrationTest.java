package io.vswitch.renderer.engine;

import static io.vswitch.renderer.engine.Values.iface;
import static io.vswitch.renderer.engine.Values.route;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vswitch.renderer.api.Transaction;
import io.vswitch.renderer.engine.Values.Iface;
import io.vswitch.renderer.engine.Values.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feature bundles come and go: items of a kind nobody handles wait, and are applied when their descriptor comes.
 */
class DescriptorRegistrationTest {
    @Test
    void itemsWaitForTheirDescriptorAndApplyWhenItComes() {
        try (var harness = new Harness(List.of(new TestDescriptors.IfaceDescriptor()))) {
            harness.connect();
            harness.apply(Transaction.builder("t").put(iface("eth0"), Iface.loopback("10.0.0.1/24"))
                .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0")).build());
            harness.assertApplied(iface("eth0"));
            harness.assertPending(route("10.1.0.0/16"), "no descriptor handles this item");
            harness.assertPending(Values.address("eth0", "10.0.0.1/24"), "no descriptor handles this item");

            harness.scheduler.setDescriptors(TestDescriptors.all());
            harness.settle();

            harness.assertApplied(iface("eth0"), route("10.1.0.0/16"), Values.address("eth0", "10.0.0.1/24"));
            assertEquals(3, harness.dataplane.keys().size());
        }
    }

    @Test
    void descriptorsSetWhileDisconnectedApplyOnConnect() {
        try (var harness = new Harness(List.of())) {
            harness.put(iface("eth0"), Iface.loopback());
            harness.scheduler.setDescriptors(TestDescriptors.all());
            harness.settle();
            harness.assertPending(iface("eth0"), "node not connected");
            harness.connect();
            harness.assertApplied(iface("eth0"));
        }
    }

    @Test
    void aDescriptorGoingAwayLeavesTheNodeAsItIs() {
        try (var harness = new Harness()) {
            harness.connect();
            harness.apply(Transaction.builder("t").put(iface("eth0"), Iface.loopback("10.0.0.1/24"))
                .put(route("10.1.0.0/16"), new Route("10.1.0.0/16", "eth0")).build());
            harness.dataplane.clearCalls();

            harness.scheduler.setDescriptors(List.of(new TestDescriptors.RouteDescriptor(),
                new TestDescriptors.AddressDescriptor()));
            harness.settle();

            assertEquals(List.of(), harness.dataplane.calls());
            assertEquals(3, harness.dataplane.keys().size());
            harness.assertApplied(iface("eth0"), route("10.1.0.0/16"));

            // deleting an item nobody handles cannot reach the node: it waits
            harness.delete(iface("eth0"));
            assertEquals(List.of("DELETE " + Values.address("eth0", "10.0.0.1/24"), "DELETE "
                + route("10.1.0.0/16")), harness.dataplane.calls().stream().sorted().toList());
            harness.assertPending(iface("eth0"), "removal waits for no descriptor handles this item");

            harness.scheduler.setDescriptors(TestDescriptors.all());
            harness.settle();
            assertEquals(0, harness.dataplane.keys().size());
            assertEquals(java.util.Set.of(route("10.1.0.0/16")), harness.scheduler.statuses().keySet());
        }
    }
}
