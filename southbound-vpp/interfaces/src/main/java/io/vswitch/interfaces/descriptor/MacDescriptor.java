package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.InterfaceMac;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetMacAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code .../mac}: {@code sw_interface_set_mac_address}, only when configured. Removing the setting keeps the
 * address VPP has (it does not remember the one it chose).
 */
public final class MacDescriptor extends AspectDescriptor<InterfaceMac> {
    /** The descriptor's name. */
    public static final String NAME = "interface-mac";

    /**
     * The descriptor.
     */
    public MacDescriptor() {
        super(NAME, InterfaceMac.class);
    }

    @Override
    boolean handlesAspect(final String aspect) {
        return InterfaceKeys.MAC.equals(aspect);
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final InterfaceMac value) {
        return VppCalls.noMetadata(set(ctx, key, value));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final InterfaceMac value,
            final Metadata metadata) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public UpdatePolicy updatePolicy(final InterfaceMac oldValue, final InterfaceMac newValue) {
        return UpdatePolicy.UPDATE_IN_PLACE;
    }

    @Override
    public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final InterfaceMac oldValue,
            final InterfaceMac newValue, final Metadata metadata) {
        return VppCalls.noMetadata(set(ctx, key, newValue));
    }

    private static CompletionStage<?> set(final ApplyContext ctx, final ItemKey key, final InterfaceMac value) {
        return VppCalls.vpp(ctx).call(new SwInterfaceSetMacAddress(VppCalls.swIfIndex(ctx, key), value.mac().bytes()));
    }
}
