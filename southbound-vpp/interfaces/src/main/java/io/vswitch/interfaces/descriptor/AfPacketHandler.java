package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.item.AfPacketType;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.afpacket.AfPacketCreateV3;
import io.vswitch.vpp.api.message.afpacket.AfPacketCreateV3Reply;
import io.vswitch.vpp.api.message.afpacket.AfPacketDelete;
import java.util.concurrent.CompletionStage;

/**
 * af_packet interfaces: {@code af_packet_create_v3} (Ethernet mode, random MAC, one queue each way, VPP's frame
 * sizes), {@code af_packet_delete} by host interface name.
 */
final class AfPacketHandler implements KindHandler<AfPacketType> {
    private static final int MODE_ETHERNET = 1;

    @Override
    public Class<AfPacketType> type() {
        return AfPacketType.class;
    }

    @Override
    public CompletionStage<Integer> create(final ApplyContext ctx, final VppSession vpp, final String name,
            final AfPacketType type) {
        return vpp.call(new AfPacketCreateV3(MODE_ETHERNET, new byte[VppCalls.MAC_LENGTH], true, type.hostIfName(),
            0, 0, 0, 0, 0, 1, 1)).thenApply(AfPacketCreateV3Reply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final VppSession vpp, final AfPacketType type, final int swIfIndex) {
        return VppCalls.done(vpp.call(new AfPacketDelete(type.hostIfName())));
    }
}
