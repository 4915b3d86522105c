package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.InterfaceMetadata;
import io.vswitch.interfaces.item.Unnumbered;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceSetUnnumbered;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code .../unnumbered}: {@code sw_interface_set_unnumbered} borrowing the addresses of another interface item of
 * the node (a dependency). VPP wants both in the same tables, so a borrower in a non-zero table waits for its own
 * binding too.
 */
public final class UnnumberedDescriptor extends AspectDescriptor<Unnumbered> {
    /** The descriptor's name. */
    public static final String NAME = "interface-unnumbered";

    /**
     * The descriptor.
     */
    public UnnumberedDescriptor() {
        super(NAME, Unnumbered.class);
    }

    @Override
    boolean handlesAspect(final String aspect) {
        return InterfaceKeys.UNNUMBERED.equals(aspect);
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final Unnumbered value) {
        final List<Dependency> dependencies = new ArrayList<>(3);
        dependencies.add(Dependency.on(InterfaceKeys.interfaceKey(key.node(), value.source()),
            "interface " + value.source() + " (address source)"));
        final ItemKey own = InterfaceKeys.interfaceOf(key);
        if (value.ipv4Vrf() != 0) {
            dependencies.add(Dependency.on(own.child(InterfaceKeys.VRF, InterfaceKeys.family(false)),
                "ipv4 VRF binding of " + InterfaceKeys.nameOf(key)));
        }
        if (value.ipv6Vrf() != 0) {
            dependencies.add(Dependency.on(own.child(InterfaceKeys.VRF, InterfaceKeys.family(true)),
                "ipv6 VRF binding of " + InterfaceKeys.nameOf(key)));
        }
        return dependencies;
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final Unnumbered value) {
        return VppCalls.noMetadata(set(ctx, key, value, true));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final Unnumbered value,
            final Metadata metadata) {
        return VppCalls.done(set(ctx, key, value, false));
    }

    @Override
    public UpdatePolicy updatePolicy(final Unnumbered oldValue, final Unnumbered newValue) {
        return oldValue.source().equals(newValue.source()) ? UpdatePolicy.NOOP : UpdatePolicy.UPDATE_IN_PLACE;
    }

    @Override
    public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final Unnumbered oldValue,
            final Unnumbered newValue, final Metadata metadata) {
        return VppCalls.noMetadata(set(ctx, key, newValue, true));
    }

    private static CompletionStage<?> set(final ApplyContext ctx, final ItemKey key, final Unnumbered value,
            final boolean add) {
        final int source = ctx.metadata(InterfaceKeys.interfaceKey(key.node(), value.source()))
            .require(InterfaceMetadata.SW_IF_INDEX);
        // VPP's field names are the wrong way round: sw_if_index lends, unnumbered_sw_if_index borrows
        return VppCalls.vpp(ctx).call(new SwInterfaceSetUnnumbered(source, VppCalls.swIfIndex(ctx, key), add));
    }
}
