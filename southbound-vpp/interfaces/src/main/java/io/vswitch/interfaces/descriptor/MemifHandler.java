package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.interfaces.item.MemifType;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.memif.MemifCreateV2;
import io.vswitch.vpp.api.message.memif.MemifCreateV2Reply;
import io.vswitch.vpp.api.message.memif.MemifDelete;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * memif interfaces: {@code memif_create_v2} on the socket id of their socket file item, {@code memif_delete}.
 */
final class MemifHandler implements KindHandler<MemifType> {
    @Override
    public Class<MemifType> type() {
        return MemifType.class;
    }

    @Override
    public List<Dependency> dependencies(final String node, final MemifType type) {
        return List.of(Dependency.on(InterfaceKeys.memifSocketKey(node, type.socketFilename()),
            "memif socket file " + type.socketFilename()));
    }

    @Override
    public CompletionStage<Integer> create(final ApplyContext ctx, final VppSession vpp, final String name,
            final MemifType type) {
        final int socketId = ctx.metadata(InterfaceKeys.memifSocketKey(ctx.nodeName(), type.socketFilename()))
            .require(InterfaceMetadata.MEMIF_SOCKET_ID);
        final String secret = type.secret();
        return vpp.call(new MemifCreateV2(type.role().apiValue(), type.mode().apiValue(), type.rxQueues(),
            type.txQueues(), type.id(), socketId, type.ringSize(), type.bufferSize(), false, false,
            new byte[VppCalls.MAC_LENGTH], secret == null ? "" : secret)).thenApply(MemifCreateV2Reply::swIfIndex);
    }

    @Override
    public CompletionStage<Void> delete(final VppSession vpp, final MemifType type, final int swIfIndex) {
        return VppCalls.done(vpp.call(new MemifDelete(swIfIndex)));
    }
}
