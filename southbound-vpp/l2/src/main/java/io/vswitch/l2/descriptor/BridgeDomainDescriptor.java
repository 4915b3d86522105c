package io.vswitch.l2.descriptor;

import io.vswitch.interfaces.descriptor.InterfaceDescriptor;
import io.vswitch.l2.L2Keys;
import io.vswitch.l2.L2Metadata;
import io.vswitch.l2.item.ArpEntry;
import io.vswitch.l2.item.BridgeDomainItem;
import io.vswitch.l2.item.BridgeMember;
import io.vswitch.l2.item.DomainSettings;
import io.vswitch.l2.item.FibEntry;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.DerivedItem;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.renderer.spi.UpdatePolicy;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.l2.BridgeDomainAddDelV2;
import io.vswitch.vpp.api.message.l2.BridgeFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Bridge domains ({@code <node>/bridge-domains/<name>}): {@code bridge_domain_add_del_v2} with the configured id and
 * the name as VPP's tag; the metadata is the {@code bd_id}. Members, FIB and ARP-termination entries are derived
 * items (so they are added after the domain and removed before it). Flag changes are made in place with
 * {@code bridge_flags}; a new id or MAC age recreates the domain (VPP cannot change them).
 */
public final class BridgeDomainDescriptor implements Descriptor<BridgeDomainItem> {
    /** The descriptor's name. */
    public static final String NAME = "bridge-domain";

    private static final int FLAG_LEARN = 1;
    private static final int FLAG_FWD = 2;
    private static final int FLAG_FLOOD = 4;
    private static final int FLAG_UU_FLOOD = 8;
    private static final int FLAG_ARP_TERM = 16;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<BridgeDomainItem> valueType() {
        return BridgeDomainItem.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L2Keys.kindOf(key) == L2Keys.Kind.DOMAIN;
    }

    @Override
    public List<DerivedItem> derive(final ItemKey key, final BridgeDomainItem value) {
        final List<DerivedItem> derived = new ArrayList<>(value.members().size() + value.fibEntries().size()
            + value.arpEntries().size());
        for (BridgeMember member : value.members()) {
            derived.add(new DerivedItem(L2Keys.memberKey(key, member.iface()), member));
        }
        for (FibEntry entry : value.fibEntries()) {
            derived.add(new DerivedItem(L2Keys.fibKey(key, entry.mac()), entry));
        }
        for (ArpEntry entry : value.arpEntries()) {
            derived.add(new DerivedItem(L2Keys.arpKey(key, entry.ip()), entry));
        }
        return derived;
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final BridgeDomainItem value) {
        final DomainSettings settings = value.settings();
        return L2Calls.vpp(ctx).call(new BridgeDomainAddDelV2(value.bdId(), settings.flood(),
                settings.unknownUnicastFlood(), settings.forward(), settings.learn(), settings.arpTermination(), false,
                settings.macAge(), value.name(), true))
            .thenApply(reply -> Metadata.of(L2Metadata.BD_ID, value.bdId()));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final BridgeDomainItem value,
            final Metadata metadata) {
        final int bdId = metadata.get(L2Metadata.BD_ID).orElse(value.bdId());
        return L2Calls.done(L2Calls.vpp(ctx).call(new BridgeDomainAddDelV2(bdId, false, false, false, false, false,
            false, 0, "", false)));
    }

    @Override
    public UpdatePolicy updatePolicy(final BridgeDomainItem oldValue, final BridgeDomainItem newValue) {
        if (oldValue.bdId() != newValue.bdId() || !oldValue.settings().sameMacAge(newValue.settings())) {
            return UpdatePolicy.RECREATE;
        }
        // members and entries are derived items; the name only lives in the tag (informative)
        return oldValue.settings().equals(newValue.settings()) ? UpdatePolicy.NOOP : UpdatePolicy.UPDATE_IN_PLACE;
    }

    @Override
    public CompletionStage<Metadata> update(final ApplyContext ctx, final ItemKey key, final BridgeDomainItem oldValue,
            final BridgeDomainItem newValue, final Metadata metadata) {
        final int now = flags(newValue.settings());
        final int before = flags(oldValue.settings());
        final int set = now & ~before;
        final int clear = before & ~now;
        final VppSession vpp = L2Calls.vpp(ctx);
        final int bdId = newValue.bdId();
        final CompletableFuture<?> setCall = set == 0 ? CompletableFuture.completedFuture(null)
            : vpp.call(new BridgeFlags(bdId, true, set));
        final CompletableFuture<?> clearCall = clear == 0 ? CompletableFuture.completedFuture(null)
            : vpp.call(new BridgeFlags(bdId, false, clear));
        return CompletableFuture.allOf(setCall, clearCall).thenApply(done -> Metadata.of(L2Metadata.BD_ID, bdId));
    }

    private static int flags(final DomainSettings settings) {
        return (settings.learn() ? FLAG_LEARN : 0) | (settings.forward() ? FLAG_FWD : 0)
            | (settings.flood() ? FLAG_FLOOD : 0) | (settings.unknownUnicastFlood() ? FLAG_UU_FLOOD : 0)
            | (settings.arpTermination() ? FLAG_ARP_TERM : 0);
    }

    @Override
    public CompletionStage<List<RetrievedItem<BridgeDomainItem>>> retrieve(final RetrieveContext ctx) {
        return new BridgeDomainRetriever(ctx.node(VppSession.class), ctx.nodeName(),
            InterfaceNames.of(ctx.retrieved(InterfaceDescriptor.NAME)), ctx.desired()).retrieve();
    }

    @Override
    public Set<String> retrieveDependencies() {
        return Set.of(InterfaceDescriptor.NAME);
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return L2Calls.isRetriable(error);
    }

    @Override
    public boolean equivalent(final BridgeDomainItem desired, final BridgeDomainItem retrieved) {
        return desired.bdId() == retrieved.bdId() && desired.settings().equals(retrieved.settings());
    }
}
