package io.vswitch.l2.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.l2.L2Keys;
import io.vswitch.l2.item.BridgeMember;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Bridge;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A member of a bridge domain ({@code .../bridge-domains/<name>/member/<interface>}, derived from the domain):
 * {@code sw_interface_set_l2_bridge}, with the BVI port type for the BVI. It waits for its interface (and, being
 * derived, for its domain); so an interface that is deleted is detached first, and a domain is emptied before it is
 * deleted. Any change recreates it.
 */
public final class MemberDescriptor implements Descriptor<BridgeMember> {
    /** The descriptor's name. */
    public static final String NAME = "bridge-domain-member";

    private static final int PORT_NORMAL = 0;
    private static final int PORT_BVI = 1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<BridgeMember> valueType() {
        return BridgeMember.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L2Keys.kindOf(key) == L2Keys.Kind.MEMBER;
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final BridgeMember value) {
        final ItemKey iface = InterfaceKeys.interfaceKey(key.node(), value.iface());
        return List.of(Dependency.on(iface, "interface " + iface));
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final BridgeMember value) {
        return L2Calls.noMetadata(setBridge(ctx, key, value, true));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final BridgeMember value,
            final Metadata metadata) {
        return L2Calls.done(setBridge(ctx, key, value, false));
    }

    private static CompletionStage<?> setBridge(final ApplyContext ctx, final ItemKey key, final BridgeMember value,
            final boolean enable) {
        return L2Calls.vpp(ctx).call(new SwInterfaceSetL2Bridge(L2Calls.swIfIndex(ctx, key.node(), value.iface()),
            L2Calls.bdId(ctx, key), value.bvi() ? PORT_BVI : PORT_NORMAL, value.splitHorizonGroup(), enable));
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return L2Calls.isRetriable(error);
    }
}
