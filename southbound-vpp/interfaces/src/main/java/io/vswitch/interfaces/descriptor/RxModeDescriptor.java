package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.RxMode;
import io.vswitch.interfaces.item.RxModeSetting;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetRxMode;
import java.util.concurrent.CompletionStage;

/**
 * {@code .../rx-mode}: {@code sw_interface_set_rx_mode} on all queues; back to the driver's default on delete.
 */
public final class RxModeDescriptor extends AspectDescriptor<RxModeSetting> {
    /** The descriptor's name. */
    public static final String NAME = "interface-rx-mode";

    /**
     * The descriptor.
     */
    public RxModeDescriptor() {
        super(NAME, RxModeSetting.class);
    }

    @Override
    boolean handlesAspect(final String aspect) {
        return InterfaceKeys.RX_MODE.equals(aspect);
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final RxModeSetting value) {
        return VppCalls.noMetadata(set(ctx, key, value.mode().apiValue()));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final RxModeSetting value,
            final Metadata metadata) {
        return VppCalls.done(set(ctx, key, RxMode.API_DEFAULT));
    }

    @Override
    public UpdatePolicy updatePolicy(final RxModeSetting oldValue, final RxModeSetting newValue) {
        return UpdatePolicy.UPDATE_IN_PLACE;
    }

    @Override
    public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final RxModeSetting oldValue,
            final RxModeSetting newValue, final Metadata metadata) {
        return VppCalls.noMetadata(set(ctx, key, newValue.mode().apiValue()));
    }

    private static CompletionStage<?> set(final ApplyContext ctx, final ItemKey key, final int mode) {
        return VppCalls.vpp(ctx).call(new SwInterfaceSetRxMode(VppCalls.swIfIndex(ctx, key), false, 0, mode));
    }
}
