package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.interfaces.item.MemifSocket;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameAddDelV2;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameDetails;
import io.vswitch.vpp.api.message.memif.MemifSocketFilenameDump;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * memif socket file registrations ({@code <node>/memif-sockets/<file>}), shared by the memif interfaces using the
 * file: {@code memif_socket_filename_add_del_v2} with {@code socket_id ~0} so that VPP picks a free id, which
 * becomes the metadata {@code memif_socket_id}. VPP's default file {@code /run/vpp/memif.sock} is socket id 0,
 * present from VPP's start, and neither added nor deleted through the API (VPP refuses id 0): it takes no call and
 * is retrieved as foreign. Every other registration found in VPP counts as ours (registrations carry no tag; one
 * still in use by an interface cannot be deleted anyway).
 */
public final class MemifSocketDescriptor implements Descriptor<MemifSocket> {
    /** The descriptor's name. */
    public static final String NAME = "memif-socket";
    private static final int DEFAULT_SOCKET_ID = 0;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<MemifSocket> valueType() {
        return MemifSocket.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return InterfaceKeys.isMemifSocketKey(key);
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final MemifSocket value) {
        if (value.isDefault()) {
            return CompletableFuture.completedFuture(Metadata.of(InterfaceMetadata.MEMIF_SOCKET_ID,
                DEFAULT_SOCKET_ID));
        }
        return VppCalls.vpp(ctx).call(new MemifSocketFilenameAddDelV2(true, VppCalls.NONE, value.filename()))
            .thenApply(reply -> Metadata.of(InterfaceMetadata.MEMIF_SOCKET_ID, reply.socketId()));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final MemifSocket value,
            final Metadata metadata) {
        final int socketId = metadata.get(InterfaceMetadata.MEMIF_SOCKET_ID).orElse(DEFAULT_SOCKET_ID);
        if (value.isDefault() || socketId == DEFAULT_SOCKET_ID) {
            return CompletableFuture.completedFuture(null);
        }
        return VppCalls.done(VppCalls.vpp(ctx).call(new MemifSocketFilenameAddDelV2(false, socketId,
            value.filename())));
    }

    @Override
    public CompletionStage<List<RetrievedItem<MemifSocket>>> retrieve(final RetrieveContext ctx) {
        final String node = ctx.nodeName();
        return ctx.node(VppSession.class).dump(new MemifSocketFilenameDump()).thenApply(all -> {
            // one item per file: the lowest id wins if a file is registered twice
            final Map<ItemKey, RetrievedItem<MemifSocket>> byKey = new LinkedHashMap<>();
            for (MemifSocketFilenameDetails details : all) {
                final ItemKey key = InterfaceKeys.memifSocketKey(node, details.socketFilename());
                final MemifSocket socket = new MemifSocket(details.socketFilename());
                final Metadata metadata = Metadata.of(InterfaceMetadata.MEMIF_SOCKET_ID, details.socketId());
                byKey.putIfAbsent(key, details.socketId() == DEFAULT_SOCKET_ID
                    ? RetrievedItem.foreign(key, socket, metadata) : RetrievedItem.owned(key, socket, metadata));
            }
            return List.copyOf(byKey.values());
        });
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return VppCalls.isRetriable(error);
    }
}
