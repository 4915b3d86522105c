package io.vswitch.l2.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.interfaces.descriptor.InterfaceDescriptor;
import io.vswitch.l2.L2Keys;
import io.vswitch.l2.item.Xconnect;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.l2.L2XconnectDetails;
import io.vswitch.vpp.api.message.l2.L2XconnectDump;
import io.vswitch.vpp.api.message.l2.SwInterfaceSetL2Xconnect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * One direction of an L2 cross-connect ({@code <node>/xconnects/<receive interface>}):
 * {@code sw_interface_set_l2_xconnect}; it waits for both interfaces, so either is released before it is deleted.
 * Retrieve: {@code l2_xconnect_dump}; a cross-connect whose receiving interface is ours (tagged) is ours.
 */
public final class XconnectDescriptor implements Descriptor<Xconnect> {
    /** The descriptor's name. */
    public static final String NAME = "xconnect";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Xconnect> valueType() {
        return Xconnect.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L2Keys.kindOf(key) == L2Keys.Kind.XCONNECT;
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final Xconnect value) {
        final ItemKey rx = InterfaceKeys.interfaceKey(key.node(), value.receiveInterface());
        final ItemKey tx = InterfaceKeys.interfaceKey(key.node(), value.transmitInterface());
        return rx.equals(tx) ? List.of(Dependency.on(rx, "interface " + rx))
            : List.of(Dependency.on(rx, "interface " + rx), Dependency.on(tx, "interface " + tx));
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final Xconnect value) {
        return L2Calls.noMetadata(L2Calls.vpp(ctx).call(new SwInterfaceSetL2Xconnect(
            L2Calls.swIfIndex(ctx, key.node(), value.receiveInterface()),
            L2Calls.swIfIndex(ctx, key.node(), value.transmitInterface()), true)));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final Xconnect value,
            final Metadata metadata) {
        // VPP takes the receiving interface back to L3; the transmit index is not looked at
        return L2Calls.done(L2Calls.vpp(ctx).call(new SwInterfaceSetL2Xconnect(
            L2Calls.swIfIndex(ctx, key.node(), value.receiveInterface()), L2Calls.NONE, false)));
    }

    @Override
    public CompletionStage<List<RetrievedItem<Xconnect>>> retrieve(final RetrieveContext ctx) {
        final InterfaceNames names = InterfaceNames.of(ctx.retrieved(InterfaceDescriptor.NAME));
        final String node = ctx.nodeName();
        return ctx.node(VppSession.class).dump(new L2XconnectDump()).thenApply(all -> {
            final List<RetrievedItem<Xconnect>> items = new ArrayList<>();
            for (L2XconnectDetails details : all) {
                final String rx = names.name(details.rxSwIfIndex());
                if (rx == null) {
                    continue;
                }
                final String tx = names.name(details.txSwIfIndex());
                // towards an interface that is not ours: never equal to a configured one, so it is replaced
                final String txName = tx != null ? tx
                    : "sw_if_index " + Integer.toUnsignedString(details.txSwIfIndex());
                items.add(RetrievedItem.owned(L2Keys.xconnectKey(node, rx), new Xconnect(rx, txName),
                    Metadata.EMPTY));
            }
            return items;
        });
    }

    @Override
    public Set<String> retrieveDependencies() {
        return Set.of(InterfaceDescriptor.NAME);
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return L2Calls.isRetriable(error);
    }
}
