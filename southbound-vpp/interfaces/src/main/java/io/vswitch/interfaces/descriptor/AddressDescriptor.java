package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.item.InterfaceAddress;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.vpp.api.message.interfaces.SwInterfaceAddDelAddress;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code .../address/<ip>/<length>}: {@code sw_interface_add_del_address}. In a non-zero table the address waits for
 * the interface's binding to it (VPP refuses to rebind an interface that has addresses); a change of table
 * recreates the address.
 */
public final class AddressDescriptor extends AspectDescriptor<InterfaceAddress> {
    /** The descriptor's name. */
    public static final String NAME = "interface-address";
    private static final String PREFIX = InterfaceKeys.ADDRESS + "/";

    /**
     * The descriptor.
     */
    public AddressDescriptor() {
        super(NAME, InterfaceAddress.class);
    }

    @Override
    boolean handlesAspect(final String aspect) {
        return aspect.startsWith(PREFIX);
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final InterfaceAddress value) {
        if (value.vrf() == 0) {
            return List.of();
        }
        final String family = InterfaceKeys.family(value.prefix().isIpv6());
        return List.of(Dependency.on(InterfaceKeys.interfaceOf(key).child(InterfaceKeys.VRF, family),
            family + " VRF binding of " + InterfaceKeys.nameOf(key)));
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key,
            final InterfaceAddress value) {
        return VppCalls.noMetadata(addDel(ctx, key, value, true));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final InterfaceAddress value,
            final Metadata metadata) {
        return VppCalls.done(addDel(ctx, key, value, false));
    }

    private static CompletionStage<?> addDel(final ApplyContext ctx, final ItemKey key, final InterfaceAddress value,
            final boolean add) {
        return VppCalls.vpp(ctx).call(new SwInterfaceAddDelAddress(VppCalls.swIfIndex(ctx, key), add, false,
            VppCalls.prefix(value.prefix())));
    }
}
