package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.interfaces.item.SubInterfaceType;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.interfaces.CreateSubif;
import io.vswitch.vpp.api.message.interfaces.CreateSubifReply;
import io.vswitch.vpp.api.message.interfaces.DeleteSubif;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * dot1q sub-interfaces: {@code create_subif} with one tag matched exactly on the parent interface item's index,
 * {@code delete_subif}.
 */
final class SubInterfaceHandler implements KindHandler<SubInterfaceType> {
    /** {@code SUB_IF_API_FLAG_ONE_TAG | SUB_IF_API_FLAG_EXACT_MATCH}. */
    static final int ONE_TAG_EXACT_MATCH = 2 | 16;

    @Override
    public Class<SubInterfaceType> type() {
        return SubInterfaceType.class;
    }

    @Override
    public List<Dependency> dependencies(final String node, final SubInterfaceType type) {
        return List.of(Dependency.on(InterfaceKeys.interfaceKey(node, type.parent()),
            "parent interface " + type.parent()));
    }

    @Override
    public CompletionStage<Integer> create(final ApplyContext ctx, final VppSession vpp, final String name,
            final SubInterfaceType type) {
        final int parent = ctx.metadata(InterfaceKeys.interfaceKey(ctx.nodeName(), type.parent()))
            .require(InterfaceMetadata.SW_IF_INDEX);
        return vpp.call(new CreateSubif(parent, type.subId(), ONE_TAG_EXACT_MATCH, type.vlanId(), 0))
            .thenApply(CreateSubifReply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final VppSession vpp, final SubInterfaceType type, final int swIfIndex) {
        return VppCalls.done(vpp.call(new DeleteSubif(swIfIndex)));
    }
}
