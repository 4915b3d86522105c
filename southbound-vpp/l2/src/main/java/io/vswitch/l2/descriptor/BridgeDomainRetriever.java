package io.vswitch.l2.descriptor;

import io.vswitch.interfaces.item.MacAddress;
import io.vswitch.l2.L2Keys;
import io.vswitch.l2.L2Metadata;
import io.vswitch.l2.item.ArpEntry;
import io.vswitch.l2.item.BridgeDomainItem;
import io.vswitch.l2.item.BridgeMember;
import io.vswitch.l2.item.DomainSettings;
import io.vswitch.l2.item.FibEntry;
import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.Metadata;
import io.vswitch.renderer.spi.RetrievedItem;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.message.l2.BdIpMacDetails;
import io.vswitch.vpp.api.message.l2.BdIpMacDump;
import io.vswitch.vpp.api.message.l2.BridgeDomainDetails;
import io.vswitch.vpp.api.message.l2.BridgeDomainDump;
import io.vswitch.vpp.api.message.l2.BridgeDomainSwIf;
import io.vswitch.vpp.api.message.l2.L2FibTableDetails;
import io.vswitch.vpp.api.message.l2.L2FibTableDump;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One retrieval of a node's bridge domains: {@code bridge_domain_dump} (members inside), {@code l2_fib_table_dump}
 * and {@code bd_ip_mac_dump} of all domains, in parallel.
 *
 * <p>Ownership: a domain whose id a desired domain has is ours, keyed by that domain's name (whatever its tag); a
 * domain with a tag that is a valid name is ours too, keyed by its tag (so a domain removed from the configuration
 * while the controller was away is removed by resync). Any other domain (untagged, id not configured) is not
 * returned: it is never touched. Members and entries are derived from the domain's value, so they share its
 * ownership; members on interfaces that are not ours (untagged) cannot be named and are left out, as are learned
 * FIB entries and VPP's own FIB entry for the BVI's MAC.
 */
final class BridgeDomainRetriever {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,62}");

    private final VppSession vpp;
    private final String node;
    private final InterfaceNames names;
    private final Map<Integer, BridgeDomainItem> desiredById = new HashMap<>();

    BridgeDomainRetriever(final VppSession vpp, final String node, final InterfaceNames names,
            final Map<ItemKey, Object> desired) {
        this.vpp = vpp;
        this.node = node;
        this.names = names;
        desired.values().forEach(value -> {
            if (value instanceof BridgeDomainItem domain) {
                desiredById.put(domain.bdId(), domain);
            }
        });
    }

    CompletionStage<List<RetrievedItem<BridgeDomainItem>>> retrieve() {
        final var domains = vpp.dump(new BridgeDomainDump(L2Calls.NONE, L2Calls.NONE));
        final var fib = vpp.dump(new L2FibTableDump(L2Calls.NONE));
        final var arp = vpp.dump(new BdIpMacDump(L2Calls.NONE));
        return CompletableFuture.allOf(domains, fib, arp)
            .thenApply(done -> items(domains.join(), fib.join(), arp.join()));
    }

    private List<RetrievedItem<BridgeDomainItem>> items(final List<BridgeDomainDetails> domains,
            final List<L2FibTableDetails> fib, final List<BdIpMacDetails> arp) {
        final Map<Integer, List<L2FibTableDetails>> fibById = new HashMap<>();
        fib.forEach(entry -> fibById.computeIfAbsent(entry.bdId(), id -> new ArrayList<>()).add(entry));
        final Map<Integer, List<ArpEntry>> arpById = new HashMap<>();
        arp.forEach(entry -> arpById.computeIfAbsent(entry.entry().bdId(), id -> new ArrayList<>())
            .add(new ArpEntry(L2Calls.address(entry.entry().ip()), MacAddress.of(entry.entry().mac()))));

        final Set<String> usedNames = new HashSet<>();
        desiredById.values().forEach(domain -> usedNames.add(domain.name()));
        final List<RetrievedItem<BridgeDomainItem>> items = new ArrayList<>();
        // configured ids first, so that a tag never takes a name a configured id claims
        for (BridgeDomainDetails details : domains) {
            final BridgeDomainItem desired = desiredById.get(details.bdId());
            if (desired != null) {
                items.add(item(desired.name(), desired, details, fibById, arpById));
            }
        }
        for (BridgeDomainDetails details : domains) {
            final String tag = details.bdTag();
            if (!desiredById.containsKey(details.bdId()) && NAME.matcher(tag).matches() && usedNames.add(tag)) {
                items.add(item(tag, null, details, fibById, arpById));
            }
        }
        return items;
    }

    private RetrievedItem<BridgeDomainItem> item(final String name, final @Nullable BridgeDomainItem desired,
            final BridgeDomainDetails details, final Map<Integer, List<L2FibTableDetails>> fibById,
            final Map<Integer, List<ArpEntry>> arpById) {
        final List<BridgeMember> members = new ArrayList<>();
        for (BridgeDomainSwIf member : details.swIfDetails()) {
            final String iface = names.name(member.swIfIndex());
            if (iface != null) {
                members.add(new BridgeMember(iface, member.swIfIndex() == details.bviSwIfIndex(), member.shg()));
            }
        }
        final Set<MacAddress> desiredBviMacs = new HashSet<>();
        if (desired != null) {
            desired.fibEntries().stream().filter(FibEntry::bvi).forEach(entry -> desiredBviMacs.add(entry.mac()));
        }
        final List<FibEntry> fibEntries = new ArrayList<>();
        for (L2FibTableDetails entry : fibById.getOrDefault(details.bdId(), List.of())) {
            final FibEntry found = fibEntry(entry, desiredBviMacs);
            if (found != null) {
                fibEntries.add(found);
            }
        }
        final BridgeDomainItem value = new BridgeDomainItem(details.bdTag().isEmpty() ? name : details.bdTag(),
            details.bdId(), new DomainSettings(details.flood(), details.uuFlood(), details.forward(), details.learn(),
                details.arpTerm(), details.macAge()),
            members, fibEntries, arpById.getOrDefault(details.bdId(), List.of()));
        return RetrievedItem.owned(L2Keys.domainKey(node, name), value,
            Metadata.of(L2Metadata.BD_ID, details.bdId()));
    }

    private @Nullable FibEntry fibEntry(final L2FibTableDetails entry, final Set<MacAddress> desiredBviMacs) {
        final MacAddress mac = MacAddress.of(entry.mac());
        if (entry.filterMac()) {
            return FibEntry.filter(mac);
        }
        if (!entry.staticMac()) {
            // learned: VPP's, not ours
            return null;
        }
        if (entry.bviMac() && !desiredBviMacs.contains(mac)) {
            // VPP adds the BVI's own MAC when a BVI joins
            return null;
        }
        final String iface = names.name(entry.swIfIndex());
        return iface == null ? null : FibEntry.forward(mac, iface, entry.bviMac());
    }
}
