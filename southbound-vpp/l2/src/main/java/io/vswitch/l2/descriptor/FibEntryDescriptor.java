package io.vswitch.l2.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.l2.L2Keys;
import io.vswitch.l2.item.FibEntry;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.vpp.api.message.l2.L2fibAddDel;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * A static L2 FIB entry ({@code .../bridge-domains/<name>/fib/<mac>}, derived from the domain):
 * {@code l2fib_add_del}, static, with VPP's BVI flag when the member is the BVI. A forwarding entry waits for its
 * member (VPP takes it only on an interface in bridge mode) and reads the index from the member's interface; a
 * filter entry waits only for its domain.
 */
public final class FibEntryDescriptor implements Descriptor<FibEntry> {
    /** The descriptor's name. */
    public static final String NAME = "bridge-domain-fib";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<FibEntry> valueType() {
        return FibEntry.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L2Keys.kindOf(key) == L2Keys.Kind.FIB;
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final FibEntry value) {
        final String iface = value.iface();
        if (iface == null) {
            return List.of();
        }
        final ItemKey member = L2Keys.memberKey(L2Keys.domainOf(key), iface);
        final ItemKey ifaceKey = InterfaceKeys.interfaceKey(key.node(), iface);
        return List.of(Dependency.on(member, "member " + member), Dependency.on(ifaceKey, "interface " + ifaceKey));
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final FibEntry value) {
        return L2Calls.noMetadata(addDel(ctx, key, value, true));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final FibEntry value,
            final Metadata metadata) {
        return L2Calls.done(addDel(ctx, key, value, false));
    }

    private static CompletionStage<?> addDel(final ApplyContext ctx, final ItemKey key, final FibEntry value,
            final boolean add) {
        final String iface = value.iface();
        // a filter entry has no interface: ~0 on add, and 0 (VPP's "any") on delete
        final int swIfIndex = iface != null ? L2Calls.swIfIndex(ctx, key.node(), iface) : add ? L2Calls.NONE : 0;
        return L2Calls.vpp(ctx).call(new L2fibAddDel(value.mac().bytes(), L2Calls.bdId(ctx, key), swIfIndex, add,
            true, value.isFilter(), value.bvi()));
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return L2Calls.isRetriable(error);
    }
}
