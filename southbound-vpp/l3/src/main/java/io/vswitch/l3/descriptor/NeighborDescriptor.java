package io.vswitch.l3.descriptor;

import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.l3.L3Keys;
import io.vswitch.l3.item.StaticNeighbor;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.l3.IpNeighbor;
import io.vswitch.vpp.api.message.l3.IpNeighborAddDel;
import io.vswitch.vpp.api.message.l3.IpNeighborDetails;
import io.vswitch.vpp.api.message.l3.IpNeighborDump;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Static neighbours, {@code <node>/neighbors/<interface>/<ip>}: {@code ip_neighbor_add_del} with the static flag
 * (an add over an existing entry replaces its MAC: update in place); a delete of an entry VPP already dropped (with
 * its interface) counts as done. Depends on the interface.
 *
 * <p>Resync: {@code ip_neighbor_dump} for each family. The static neighbours on our interfaces are ours (the
 * interfaces are); dynamic (learned) ones are VPP's and reported only where one is configured, so that it is made
 * static; neighbours on other interfaces are never touched.
 */
public final class NeighborDescriptor implements Descriptor<StaticNeighbor> {
    /** The descriptor's name. */
    public static final String NAME = "neighbor";
    /** {@code IP_NEIGHBOR_API_FLAG_STATIC}. */
    static final int FLAG_STATIC = 1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<StaticNeighbor> valueType() {
        return StaticNeighbor.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L3Keys.isIn(key, L3Keys.NEIGHBORS);
    }

    @Override
    public List<Dependency> dependencies(final ItemKey key, final StaticNeighbor value) {
        return List.of(L3Calls.onInterface(key.node(), value.iface(), "interface"));
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final StaticNeighbor value) {
        return L3Calls.noMetadata(addDel(ctx, value, true));
    }

    @Override
    public UpdatePolicy updatePolicy(final StaticNeighbor oldValue, final StaticNeighbor newValue) {
        return UpdatePolicy.UPDATE_IN_PLACE;
    }

    @Override
    public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final StaticNeighbor oldValue,
            final StaticNeighbor newValue, final Metadata metadata) {
        return L3Calls.noMetadata(addDel(ctx, newValue, true));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final StaticNeighbor value,
            final Metadata metadata) {
        return L3Calls.deleted(addDel(ctx, value, false));
    }

    private static CompletionStage<?> addDel(final ApplyContext ctx, final StaticNeighbor value, final boolean add) {
        return L3Calls.vpp(ctx).call(new IpNeighborAddDel(add, new IpNeighbor(L3Calls.swIfIndex(ctx, value.iface()),
            FLAG_STATIC, value.mac().bytes(), L3Calls.address(value.ip()))));
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
    public CompletionStage<List<RetrievedItem<StaticNeighbor>>> retrieve(final RetrieveContext ctx) {
        final String node = ctx.nodeName();
        final InterfaceNames names = InterfaceNames.of(ctx);
        final Map<ItemKey, Object> desired = ctx.desired();
        final VppSession vpp = ctx.node(VppSession.class);
        final var ip4 = vpp.dump(new IpNeighborDump(L3Calls.NONE, L3Calls.AF_IP4));
        final var ip6 = vpp.dump(new IpNeighborDump(L3Calls.NONE, L3Calls.AF_IP6));
        return CompletableFuture.allOf(ip4, ip6).thenApply(all -> {
            final List<RetrievedItem<StaticNeighbor>> items = new ArrayList<>();
            for (List<IpNeighborDetails> family : List.of(ip4.join(), ip6.join())) {
                for (IpNeighborDetails details : family) {
                    final IpNeighbor neighbor = details.neighbor();
                    final String iface = names.name(neighbor.swIfIndex());
                    if (iface == null) {
                        continue;
                    }
                    final InetAddress ip = L3Calls.address(neighbor.ipAddress());
                    final ItemKey key = L3Keys.neighborKey(node, iface, ip);
                    final boolean isStatic = (neighbor.flags() & FLAG_STATIC) != 0;
                    if (isStatic || desired.containsKey(key)) {
                        items.add(RetrievedItem.owned(key, new StaticNeighbor(iface, ip,
                            MacAddress.of(neighbor.macAddress()), isStatic), Metadata.EMPTY));
                    }
                }
            }
            return items;
        });
    }
}
