package io.vswitch.renderer.odl.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vswitch.renderer.api.ErrorInfo;
import io.vswitch.renderer.api.ItemState;
import io.vswitch.renderer.api.ItemStatus;
import io.vswitch.renderer.api.Operation;
import io.vswitch.renderer.api.StatusBatch;
import io.vswitch.renderer.spi.ItemKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusAggregatorTest {
    private static final ItemKey LOOP0 = ItemKey.of("vpp1", "interfaces", "loop0");
    private static final ItemKey ADDRESS = LOOP0.child("address", "10.0.0.1", "24");

    private final Map<ItemKey, Set<String>> producers = new HashMap<>(Map.of(LOOP0, Set.of("entry-loop0")));
    private final StatusAggregator<String> aggregator =
        new StatusAggregator<>(key -> producers.getOrDefault(key, Set.of()));

    private static ItemStatus status(final ItemKey key, final ItemState state, final String reason,
            final ItemKey derivedFrom) {
        return new ItemStatus(key, state, reason, null, null, 0, true, derivedFrom);
    }

    @Test
    void entryShowsTheWorstOfItsItemsWithTheAspect() {
        var changed = aggregator.apply(new StatusBatch("vpp1", List.of(
            status(LOOP0, ItemState.APPLIED, "", null),
            new ItemStatus(ADDRESS, ItemState.FAILED, "VPP refused", new ErrorInfo(Operation.CREATE,
                "address in use", -81, "sw_interface_add_del_address"), null, 1, true, LOOP0)), List.of()));
        final EntryStatus shown = changed.get("entry-loop0").orElseThrow();
        assertEquals(ItemState.FAILED, shown.state());
        assertEquals("address/10.0.0.1/24: VPP refused", shown.reason());
        assertEquals(-81, shown.vppRetval());
        assertEquals("sw_interface_add_del_address", shown.vppMessage());

        changed = aggregator.apply(new StatusBatch("vpp1",
            List.of(status(ADDRESS, ItemState.APPLIED, "", LOOP0)), List.of()));
        assertEquals(new EntryStatus(ItemState.APPLIED, "", null, null), changed.get("entry-loop0").orElseThrow());
    }

    @Test
    void amongEqualStatesTheShallowestItemIsShownAsTheCause() {
        final ItemKey vrf = LOOP0.child("vrf", "ipv4");
        final var changed = aggregator.apply(new StatusBatch("vpp1", List.of(
            status(LOOP0, ItemState.APPLIED, "", null),
            status(ADDRESS, ItemState.PENDING, "waits for ipv4 VRF binding of loop0 (pending)", LOOP0),
            status(vrf, ItemState.PENDING, "waits for ipv4 VRF 5 (not configured)", LOOP0)), List.of()));
        assertEquals("vrf/ipv4: waits for ipv4 VRF 5 (not configured)",
            changed.get("entry-loop0").orElseThrow().reason());
    }

    @Test
    void unchangedSummaryIsNotReportedAgain() {
        aggregator.apply(new StatusBatch("vpp1", List.of(status(LOOP0, ItemState.PENDING, "node not connected",
            null)), List.of()));
        final var changed = aggregator.apply(new StatusBatch("vpp1",
            List.of(status(LOOP0, ItemState.PENDING, "node not connected", null)), List.of()));
        assertTrue(changed.isEmpty());
    }

    @Test
    void entryWhoseItemsAreGoneIsCleared() {
        aggregator.apply(new StatusBatch("vpp1", List.of(status(LOOP0, ItemState.APPLIED, "", null),
            status(ADDRESS, ItemState.APPLIED, "", LOOP0)), List.of()));
        producers.clear();
        final var changed = aggregator.apply(new StatusBatch("vpp1", List.of(), List.of(ADDRESS, LOOP0)));
        assertEquals(Map.of("entry-loop0", Optional.empty()), changed);
    }

    @Test
    void countsFollowTheShownStatesOfAllEntries() {
        final ItemKey loop1 = ItemKey.of("vpp1", "interfaces", "loop1");
        producers.put(loop1, Set.of("entry-loop1"));
        aggregator.apply(new StatusBatch("vpp1", List.of(status(LOOP0, ItemState.APPLIED, "", null),
            status(ADDRESS, ItemState.PENDING, "waits", LOOP0), status(loop1, ItemState.APPLIED, "", null)),
            List.of()));
        assertEquals(Map.of(ItemState.APPLIED, 1, ItemState.PENDING, 1), aggregator.counts());

        aggregator.apply(new StatusBatch("vpp1", List.of(status(ADDRESS, ItemState.APPLIED, "", LOOP0)),
            List.of()));
        assertEquals(Map.of(ItemState.APPLIED, 2), aggregator.counts());

        producers.remove(loop1);
        aggregator.apply(new StatusBatch("vpp1", List.of(), List.of(loop1)));
        assertEquals(Map.of(ItemState.APPLIED, 1), aggregator.counts());
    }
}
