package io.vswitch.interfaces.descriptor;

import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.l3.IpTable;
import io.vswitch.vpp.api.message.l3.IpTableAddDel;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A stand-in for the future L3 area's VRF table items ({@code <node>/vrf/ipv4|ipv6/<id>}), to see interface items
 * that wait for a table become applied once it exists.
 */
final class TestVrfTableDescriptor implements Descriptor<Integer> {
    @Override
    public String name() {
        return "test-vrf-table";
    }

    @Override
    public Class<Integer> valueType() {
        return Integer.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        final List<String> segments = key.relativeSegments();
        return segments.size() == 3 && segments.get(0).equals("vrf");
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final Integer value) {
        return ctx.node(VppSession.class).call(new IpTableAddDel(true, table(key, value)))
            .thenApply(reply -> Metadata.EMPTY);
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final Integer value,
            final Metadata metadata) {
        return ctx.node(VppSession.class).call(new IpTableAddDel(false, table(key, value)))
            .thenApply(reply -> null);
    }

    private static IpTable table(final ItemKey key, final int id) {
        return new IpTable(id, key.relativeSegments().get(1).equals("ipv6"), "");
    }
}
