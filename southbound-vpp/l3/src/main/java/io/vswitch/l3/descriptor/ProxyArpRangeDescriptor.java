package io.vswitch.l3.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.l3.L3Keys;
import io.vswitch.l3.item.ProxyArpRange;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.l3.ProxyArp;
import io.vswitch.vpp.api.message.l3.ProxyArpAddDel;
import io.vswitch.vpp.api.message.l3.ProxyArpDetails;
import io.vswitch.vpp.api.message.l3.ProxyArpDump;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Proxy ARP ranges, {@code <node>/proxy-arp/<vrf>/<low>-<high>}: {@code proxy_arp_add_del}. The value is the key,
 * so there is no update. Depends on its IPv4 VRF table (not table 0). Resync: {@code proxy_arp_dump}; a range is
 * ours when configured or created by this controller instance ({@link OwnedKeys}).
 */
public final class ProxyArpRangeDescriptor implements Descriptor<ProxyArpRange> {
    /** The descriptor's name. */
    public static final String NAME = "proxy-arp-range";

    private final OwnedKeys<Boolean> owned = new OwnedKeys<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ProxyArpRange> valueType() {
        return ProxyArpRange.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L3Keys.isIn(key, L3Keys.PROXY_ARP);
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final ProxyArpRange value) {
        return value.vrf() == 0 ? List.of() : List.of(Dependency.on(
            InterfaceKeys.vrfKey(key.node(), false, value.vrf()), "ipv4 VRF " + Integer.toUnsignedString(value.vrf())));
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final ProxyArpRange value) {
        owned.add(key, Boolean.TRUE);
        return L3Calls.noMetadata(addDel(ctx, value, true));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final ProxyArpRange value,
            final Metadata metadata) {
        return L3Calls.deleted(addDel(ctx, value, false)).thenApply(done -> {
            owned.remove(key);
            return null;
        });
    }

    private static CompletionStage<?> addDel(final ApplyContext ctx, final ProxyArpRange value, final boolean add) {
        return L3Calls.vpp(ctx).call(new ProxyArpAddDel(add, new ProxyArp(value.vrf(), value.low().getAddress(),
            value.high().getAddress())));
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return L3Calls.isRetriable(error);
    }

    @Override
    public CompletionStage<List<RetrievedItem<ProxyArpRange>>> retrieve(final RetrieveContext ctx) {
        final String node = ctx.nodeName();
        final Map<ItemKey, Object> desired = ctx.desired();
        return ctx.node(VppSession.class).dump(new ProxyArpDump()).thenApply(ranges -> {
            final List<RetrievedItem<ProxyArpRange>> items = new ArrayList<>();
            for (ProxyArpDetails details : ranges) {
                final ProxyArp proxy = details.proxy();
                final ProxyArpRange range = new ProxyArpRange(proxy.tableId(),
                    (Inet4Address) L3Calls.address(proxy.low(), false),
                    (Inet4Address) L3Calls.address(proxy.hi(), false));
                final ItemKey key = L3Keys.proxyArpRangeKey(node, range.vrf(), range.low(), range.high());
                if (desired.containsKey(key) || owned.contains(key)) {
                    items.add(RetrievedItem.owned(key, range, Metadata.EMPTY));
                }
            }
            return items;
        });
    }
}
