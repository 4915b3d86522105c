package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.item.LoopbackType;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.interfaces.CreateLoopback;
import io.vswitch.vpp.api.message.interfaces.CreateLoopbackReply;
import io.vswitch.vpp.api.message.interfaces.DeleteLoopback;
import java.util.concurrent.CompletionStage;

/**
 * Loopbacks: {@code create_loopback} (VPP picks the MAC), {@code delete_loopback}.
 */
final class LoopbackHandler implements KindHandler<LoopbackType> {
    @Override
    public Class<LoopbackType> type() {
        return LoopbackType.class;
    }

    @Override
    public CompletionStage<Integer> create(final ApplyContext ctx, final VppSession vpp, final String name,
            final LoopbackType type) {
        return vpp.call(new CreateLoopback(new byte[VppCalls.MAC_LENGTH])).thenApply(CreateLoopbackReply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final VppSession vpp, final LoopbackType type, final int swIfIndex) {
        return VppCalls.done(vpp.call(new DeleteLoopback(swIfIndex)));
    }
}
