package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.interfaces.item.InterfaceItem;
import io.vswitch.interfaces.item.InterfaceType;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.DerivedItem;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceTagAddDel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The interfaces themselves ({@code <node>/interfaces/<name>}), every kind: the kind's handler creates it, the
 * configured name goes into VPP's tag as part of the create, the metadata is its {@code sw_if_index}. The derived
 * aspects (admin state, MTU, MAC, addresses, VRF, unnumbered, rx-mode) are derived items with descriptors of their
 * own: a change there is NOOP here; a change of kind or creation parameters recreates.
 */
public final class InterfaceDescriptor implements Descriptor<InterfaceItem> {
    /** The descriptor's name. */
    public static final String NAME = "interface";

    private final Map<Class<?>, KindHandler<?>> handlers = List.of(new LoopbackHandler(), new MemifHandler(),
            new AfPacketHandler(), new TapHandler(), new VxlanHandler(), new SubInterfaceHandler()).stream()
        .collect(Collectors.toUnmodifiableMap(KindHandler::type, Function.identity()));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<InterfaceItem> valueType() {
        return InterfaceItem.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        final String aspect = InterfaceKeys.aspect(key);
        return aspect != null && aspect.isEmpty();
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final InterfaceItem value) {
        return handler(value.type()).dependencies(key.node(), value.type());
    }

    @Override
    public List<DerivedItem> derive(final ItemKey key, final InterfaceItem value) {
        return InterfaceDerivation.derive(key, value);
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final InterfaceItem value) {
        final VppSession vpp = VppCalls.vpp(ctx);
        final KindHandler<InterfaceType> handler = handler(value.type());
        return handler.create(ctx, vpp, value.name(), value.type()).thenCompose(swIfIndex -> {
            final Metadata metadata = Metadata.of(InterfaceMetadata.SW_IF_INDEX, swIfIndex);
            if (handler.tagsOnCreate()) {
                return CompletableFuture.completedFuture(metadata);
            }
            return vpp.call(new SwInterfaceTagAddDel(true, swIfIndex, value.name()))
                .handle((reply, tagError) -> {
                    if (tagError == null) {
                        return CompletableFuture.completedFuture(metadata);
                    }
                    // an untagged interface would never be found again: take it away, then fail with the cause
                    return handler.delete(vpp, value.type(), swIfIndex)
                        .handle((deleted, deleteError) -> metadata)
                        .thenCompose(ignored -> CompletableFuture.<Metadata>failedFuture(tagError));
                })
                .thenCompose(Function.identity());
        });
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final InterfaceItem value,
            final Metadata metadata) {
        return handler(value.type()).delete(VppCalls.vpp(ctx), value.type(),
            metadata.require(InterfaceMetadata.SW_IF_INDEX));
    }

    @Override
    public UpdatePolicy updatePolicy(final InterfaceItem oldValue, final InterfaceItem newValue) {
        return oldValue.name().equals(newValue.name()) && newValue.type().matches(oldValue.type())
            ? UpdatePolicy.NOOP : UpdatePolicy.RECREATE;
    }

    @Override
    public CompletionStage<List<RetrievedItem<InterfaceItem>>> retrieve(final RetrieveContext ctx) {
        return new InterfaceRetriever(ctx.node(VppSession.class), ctx.nodeName(), ctx.desired()).retrieve();
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return VppCalls.isRetriable(error);
    }

    @Override
    public boolean equivalent(final InterfaceItem desired, final InterfaceItem retrieved) {
        return desired.name().equals(retrieved.name()) && desired.type().matches(retrieved.type());
    }

    @SuppressWarnings("unchecked")
    private <T extends InterfaceType> KindHandler<T> handler(final T type) {
        final KindHandler<?> handler = handlers.get(type.getClass());
        if (handler == null) {
            throw new IllegalArgumentException("no handler for " + type);
        }
        return (KindHandler<T>) handler;
    }
}
