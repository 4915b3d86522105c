package io.vswitch.l3.descriptor;

import io.vswitch.interfaces.InterfaceKeys;
import io.vswitch.l3.L3Keys;
import io.vswitch.l3.item.VrfTable;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.l3.IpTable;
import io.vswitch.vpp.api.message.l3.IpTableAddDel;
import io.vswitch.vpp.api.message.l3.IpTableDetails;
import io.vswitch.vpp.api.message.l3.IpTableDump;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * VRF tables, one item per family: {@code <node>/vrf/ipv4/<id>} and {@code <node>/vrf/ipv6/<id>} (the keys the
 * interfaces area's VRF bindings wait for). {@code ip_table_add_del} with the name on create, without on delete.
 * VPP keeps the name a table was created with (an add on an existing table changes nothing), so a rename is only
 * recorded (NOOP) and the name is ignored when comparing with VPP. Resync: {@code ip_table_dump}; a table is ours
 * when configured or created by this controller instance and not deleted since ({@link OwnedKeys}); other tables are
 * not reported and never touched.
 */
public final class VrfTableDescriptor implements Descriptor<VrfTable> {
    /** The descriptor's name. */
    public static final String NAME = "vrf-table";

    private final OwnedKeys<Boolean> owned = new OwnedKeys<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<VrfTable> valueType() {
        return VrfTable.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L3Keys.isVrfKey(key);
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final VrfTable value) {
        owned.add(key, Boolean.TRUE);
        return L3Calls.noMetadata(L3Calls.vpp(ctx).call(new IpTableAddDel(true,
            new IpTable(value.id(), value.ipv6(), value.name()))));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final VrfTable value,
            final Metadata metadata) {
        return L3Calls.vpp(ctx).call(new IpTableAddDel(false, new IpTable(value.id(), value.ipv6(), "")))
            .thenApply(reply -> {
                owned.remove(key);
                return null;
            });
    }

    @Override
    public UpdatePolicy updatePolicy(final VrfTable oldValue, final VrfTable newValue) {
        return UpdatePolicy.NOOP;
    }

    @Override
    public boolean equivalent(final VrfTable desired, final VrfTable retrieved) {
        return desired.id() == retrieved.id() && desired.ipv6() == retrieved.ipv6();
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return L3Calls.isRetriable(error);
    }

    @Override
    public CompletionStage<List<RetrievedItem<VrfTable>>> retrieve(final RetrieveContext ctx) {
        final String node = ctx.nodeName();
        final Map<ItemKey, Object> desired = ctx.desired();
        return ctx.node(VppSession.class).dump(new IpTableDump()).thenApply(tables -> {
            final List<RetrievedItem<VrfTable>> items = new ArrayList<>();
            for (IpTableDetails details : tables) {
                final IpTable table = details.table();
                if (table.tableId() == 0) {
                    continue;
                }
                final ItemKey key = InterfaceKeys.vrfKey(node, table.isIp6(), table.tableId());
                if (desired.containsKey(key) || owned.contains(key)) {
                    items.add(RetrievedItem.owned(key, new VrfTable(table.tableId(), table.isIp6(), table.name()),
                        Metadata.EMPTY));
                }
            }
            return items;
        });
    }
}
