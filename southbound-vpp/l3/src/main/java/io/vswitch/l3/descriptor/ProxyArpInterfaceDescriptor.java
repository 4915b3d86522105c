package io.vswitch.l3.descriptor;

import io.vswitch.l3.L3Keys;
import io.vswitch.l3.item.ProxyArpInterface;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcDetails;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcDump;
import io.vswitch.vpp.api.message.l3.ProxyArpIntfcEnableDisable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Proxy ARP on an interface, {@code <node>/proxy-arp-interfaces/<interface>}: {@code proxy_arp_intfc_enable_disable}.
 * Depends on the interface. Resync: {@code proxy_arp_intfc_dump}; enablement on our interfaces is ours, on other
 * interfaces never touched.
 */
public final class ProxyArpInterfaceDescriptor implements Descriptor<ProxyArpInterface> {
    /** The descriptor's name. */
    public static final String NAME = "proxy-arp-interface";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ProxyArpInterface> valueType() {
        return ProxyArpInterface.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L3Keys.isIn(key, L3Keys.PROXY_ARP_INTERFACES);
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final ProxyArpInterface value) {
        return List.of(L3Calls.onInterface(key.node(), value.iface(), "interface"));
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key,
            final ProxyArpInterface value) {
        return L3Calls.noMetadata(enable(ctx, value, true));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final ProxyArpInterface value,
            final Metadata metadata) {
        return L3Calls.done(enable(ctx, value, false));
    }

    private static CompletionStage<?> enable(final ApplyContext ctx, final ProxyArpInterface value,
            final boolean enable) {
        return L3Calls.vpp(ctx).call(new ProxyArpIntfcEnableDisable(L3Calls.swIfIndex(ctx, value.iface()), enable));
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return L3Calls.isRetriable(error);
    }

    @Override
    public Set<String> retrieveDependencies() {
        return Set.of(InterfaceNames.SOURCE);
    }

    @Override
    public CompletionStage<List<RetrievedItem<ProxyArpInterface>>> retrieve(final RetrieveContext ctx) {
        final String node = ctx.nodeName();
        final InterfaceNames names = InterfaceNames.of(ctx);
        return ctx.node(VppSession.class).dump(new ProxyArpIntfcDump()).thenApply(enabled -> {
            final List<RetrievedItem<ProxyArpInterface>> items = new ArrayList<>();
            for (ProxyArpIntfcDetails details : enabled) {
                final String iface = names.name(details.swIfIndex());
                if (iface != null) {
                    items.add(RetrievedItem.owned(L3Keys.proxyArpInterfaceKey(node, iface),
                        new ProxyArpInterface(iface), Metadata.EMPTY));
                }
            }
            return items;
        });
    }
}
