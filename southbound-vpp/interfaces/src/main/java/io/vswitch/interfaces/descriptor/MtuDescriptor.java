package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.InterfaceMtu;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMtu;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code .../mtu}: {@code sw_interface_set_mtu} with the L3 MTU ({@code MTU_PROTO_API_L3}) and the per-protocol
 * MTUs (IPv4, IPv6, MPLS) cleared to 0, so that they follow it. Removing the setting leaves VPP's MTU as it is
 * (VPP has no "back to default").
 */
public final class MtuDescriptor extends AspectDescriptor<InterfaceMtu> {
    /** The descriptor's name. */
    public static final String NAME = "interface-mtu";

    /**
     * The descriptor.
     */
    public MtuDescriptor() {
        super(NAME, InterfaceMtu.class);
    }

    @Override
    boolean handlesAspect(final String aspect) {
        return InterfaceKeys.MTU.equals(aspect);
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final InterfaceMtu value) {
        return VppCalls.noMetadata(set(ctx, key, value));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final InterfaceMtu value,
            final Metadata metadata) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public UpdatePolicy updatePolicy(final InterfaceMtu oldValue, final InterfaceMtu newValue) {
        return UpdatePolicy.UPDATE_IN_PLACE;
    }

    @Override
    public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final InterfaceMtu oldValue,
            final InterfaceMtu newValue, final Metadata metadata) {
        return VppCalls.noMetadata(set(ctx, key, newValue));
    }

    private static CompletionStage<?> set(final ApplyContext ctx, final ItemKey key, final InterfaceMtu value) {
        return VppCalls.vpp(ctx).call(new SwInterfaceSetMtu(VppCalls.swIfIndex(ctx, key),
            new int[] {value.mtu(), 0, 0, 0}));
    }
}
