package io.vswitch.operations;

import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.MetadataKey;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDetails;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceDump;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceTagAddDel;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A tiny descriptor for the tests: loopbacks keyed {@code <node>/loopbacks/<name>}, tagged with their name in VPP
 * so that a resync finds them again.
 */
final class TestLoopbacks implements Descriptor<TestLoopbacks.Loopback> {
    static final MetadataKey<Integer> SW_IF_INDEX = MetadataKey.of("sw_if_index", Integer.class);

    /**
     * The value of one loopback.
     */
    record Loopback(String name) {
    }

    static ItemKey key(final String node, final String name) {
        return ItemKey.of(node, "loopbacks", name);
    }

    @Override
    public String name() {
        return "test-loopback";
    }

    @Override
    public Class<Loopback> valueType() {
        return Loopback.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        final List<String> segments = key.relativeSegments();
        return segments.size() == 2 && "loopbacks".equals(segments.get(0));
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final Loopback value) {
        final VppSession vpp = ctx.node(VppSession.class);
        return vpp.call(new CreateLoopback(new byte[6]))
            .thenCompose(created -> vpp.call(new SwInterfaceTagAddDel(true, created.swIfIndex(), value.name()))
                .thenApply(tagged -> Metadata.of(SW_IF_INDEX, created.swIfIndex())));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final Loopback value,
            final Metadata metadata) {
        return ctx.node(VppSession.class).call(new DeleteLoopback(metadata.require(SW_IF_INDEX)))
            .thenApply(deleted -> null);
    }

    @Override
    public CompletionStage<List<RetrievedItem<Loopback>>> retrieve(final RetrieveContext ctx) {
        return ctx.node(VppSession.class).dump(new SwInterfaceDump(-1, false, "")).thenApply(found -> found.stream()
            .filter(details -> !details.tag().isEmpty())
            .map(details -> RetrievedItem.owned(key(ctx.nodeName(), details.tag()), new Loopback(details.tag()),
                Metadata.of(SW_IF_INDEX, details.swIfIndex())))
            .toList());
    }

    static List<String> tags(final List<SwInterfaceDetails> interfaces) {
        return interfaces.stream().map(SwInterfaceDetails::tag).filter(tag -> !tag.isEmpty()).sorted().toList();
    }
}
