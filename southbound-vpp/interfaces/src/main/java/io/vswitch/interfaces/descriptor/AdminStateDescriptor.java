package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.AdminState;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetFlags;
import java.util.concurrent.CompletionStage;

/**
 * {@code .../admin}: {@code sw_interface_set_flags} admin up on create, down on delete.
 */
public final class AdminStateDescriptor extends AspectDescriptor<AdminState> {
    /** The descriptor's name. */
    public static final String NAME = "interface-admin";
    private static final int ADMIN_UP = 1;

    /**
     * The descriptor.
     */
    public AdminStateDescriptor() {
        super(NAME, AdminState.class);
    }

    @Override
    boolean handlesAspect(final String aspect) {
        return InterfaceKeys.ADMIN.equals(aspect);
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final AdminState value) {
        return VppCalls.noMetadata(set(ctx, key, value.up()));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final AdminState value,
            final Metadata metadata) {
        return VppCalls.done(set(ctx, key, false));
    }

    @Override
    public UpdatePolicy updatePolicy(final AdminState oldValue, final AdminState newValue) {
        return UpdatePolicy.UPDATE_IN_PLACE;
    }

    @Override
    public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final AdminState oldValue,
            final AdminState newValue, final Metadata metadata) {
        return VppCalls.noMetadata(set(ctx, key, newValue.up()));
    }

    private static CompletionStage<?> set(final ApplyContext ctx, final ItemKey key, final boolean up) {
        return VppCalls.vpp(ctx).call(new SwInterfaceSetFlags(VppCalls.swIfIndex(ctx, key), up ? ADMIN_UP : 0));
    }
}
