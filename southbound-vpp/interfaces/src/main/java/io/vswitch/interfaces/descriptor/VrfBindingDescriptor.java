package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.VrfBinding;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetTable;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code .../vrf/ipv4} and {@code .../vrf/ipv6}: {@code sw_interface_set_table} to a non-zero table, back to table 0
 * on delete. Depends on the table's item ({@code <node>/vrf/ipv4/<id>}, from the L3 area): pending until it exists.
 */
public final class VrfBindingDescriptor extends AspectDescriptor<VrfBinding> {
    /** The descriptor's name. */
    public static final String NAME = "interface-vrf";
    private static final String IPV4 = InterfaceKeys.VRF + "/" + InterfaceKeys.family(false);
    private static final String IPV6 = InterfaceKeys.VRF + "/" + InterfaceKeys.family(true);

    /**
     * The descriptor.
     */
    public VrfBindingDescriptor() {
        super(NAME, VrfBinding.class);
    }

    @Override
    boolean handlesAspect(final String aspect) {
        return IPV4.equals(aspect) || IPV6.equals(aspect);
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final VrfBinding value) {
        return List.of(Dependency.on(InterfaceKeys.vrfKey(key.node(), value.ipv6(), value.vrf()),
            InterfaceKeys.family(value.ipv6()) + " VRF " + Integer.toUnsignedString(value.vrf())));
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final VrfBinding value) {
        return VppCalls.noMetadata(set(ctx, key, value.ipv6(), value.vrf()));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final VrfBinding value,
            final Metadata metadata) {
        return VppCalls.done(set(ctx, key, value.ipv6(), 0));
    }

    @Override
    public UpdatePolicy updatePolicy(final VrfBinding oldValue, final VrfBinding newValue) {
        return UpdatePolicy.UPDATE_IN_PLACE;
    }

    @Override
    public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final VrfBinding oldValue,
            final VrfBinding newValue, final Metadata metadata) {
        return VppCalls.noMetadata(set(ctx, key, newValue.ipv6(), newValue.vrf()));
    }

    private static CompletionStage<?> set(final ApplyContext ctx, final ItemKey key, final boolean ipv6,
            final int vrf) {
        return VppCalls.vpp(ctx).call(new SwInterfaceSetTable(VppCalls.swIfIndex(ctx, key), ipv6, vrf));
    }
}
