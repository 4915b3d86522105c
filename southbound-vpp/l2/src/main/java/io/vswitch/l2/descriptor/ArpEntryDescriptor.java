package io.vswitch.l2.descriptor;

import io.vswitch.l2.L2Keys;
import io.vswitch.l2.item.ArpEntry;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Descriptor;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.vpp.api.message.l2.BdIpMac;
import io.vswitch.vpp.api.message.l2.BdIpMacAddDel;
import java.util.concurrent.CompletionStage;

/**
 * An ARP-termination entry ({@code .../bridge-domains/<name>/arp/<ip>}, derived from the domain, which is all it
 * waits for): {@code bd_ip_mac_add_del}. A new MAC recreates it (VPP deletes only with the MAC it has).
 */
public final class ArpEntryDescriptor implements Descriptor<ArpEntry> {
    /** The descriptor's name. */
    public static final String NAME = "bridge-domain-arp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ArpEntry> valueType() {
        return ArpEntry.class;
    }

    @Override
    public boolean handles(final ItemKey key) {
        return L2Keys.kindOf(key) == L2Keys.Kind.ARP;
    }

    @Override
    public CompletionStage<Metadata> create(final ApplyContext ctx, final ItemKey key, final ArpEntry value) {
        return L2Calls.noMetadata(addDel(ctx, key, value, true));
    }

    @Override
    public CompletionStage<Void> delete(final ApplyContext ctx, final ItemKey key, final ArpEntry value,
            final Metadata metadata) {
        return L2Calls.done(addDel(ctx, key, value, false));
    }

    private static CompletionStage<?> addDel(final ApplyContext ctx, final ItemKey key, final ArpEntry value,
            final boolean add) {
        return L2Calls.vpp(ctx).call(new BdIpMacAddDel(add, new BdIpMac(L2Calls.bdId(ctx, key),
            L2Calls.address(value.ip()), value.mac().bytes())));
    }

    @Override
    public boolean isRetriable(final Throwable error) {
        return L2Calls.isRetriable(error);
    }
}
