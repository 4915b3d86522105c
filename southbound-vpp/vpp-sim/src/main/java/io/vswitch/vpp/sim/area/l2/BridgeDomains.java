package io.vswitch.vpp.sim.area.l2;

import io.vswitch.vpp.sim.area.ApiTypes;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The bridge domains by id and by index ({@code bd_main}): indexes are the lowest free ones
 * ({@code bd_add_bd_index}), bridge domain 0 is VPP's placeholder at index 0 that drops everything.
 */
final class BridgeDomains {
    /** {@code L2_BD_ID_MAX}. */
    static final int MAX_ID = (1 << 24) - 1;
    /** {@code L2LEARN_DEFAULT_LIMIT}: 64 per bucket of the L2 FIB's 256K buckets. */
    static final int DEFAULT_LEARN_LIMIT = 256 * 1024 * 64;

    private static final int UNUSED_ID_TRIES = 1 << 20;

    private final Map<Integer, BridgeDomain> byId = new HashMap<>();
    private final TreeMap<Integer, BridgeDomain> byIndex = new TreeMap<>();
    private final BitSet usedIndexes = new BitSet();

    BridgeDomains() {
        final BridgeDomain placeholder = create(0);
        placeholder.setFeatureBitmap(L2Features.DROP);
    }

    Optional<BridgeDomain> byId(final int bdId) {
        return Optional.ofNullable(byId.get(bdId));
    }

    Optional<BridgeDomain> byIndex(final int index) {
        return Optional.ofNullable(byIndex.get(index));
    }

    /**
     * The id a bridge domain index stands for: {@code ~0} once the bridge domain was deleted, as VPP resets it.
     *
     * @param index a bridge domain index
     * @return its id
     */
    int idOfIndex(final int index) {
        final BridgeDomain bd = byIndex.get(index);
        return bd == null ? ApiTypes.NONE : bd.bdId();
    }

    /**
     * {@code bd_add_bd_index}: a bridge domain without features, at the lowest free index.
     *
     * @param bdId an unused id
     * @return the new bridge domain
     */
    BridgeDomain create(final int bdId) {
        final int index = usedIndexes.nextClearBit(0);
        usedIndexes.set(index);
        final BridgeDomain bd = new BridgeDomain(bdId, index, DEFAULT_LEARN_LIMIT);
        byId.put(bdId, bd);
        byIndex.put(index, bd);
        return bd;
    }

    /**
     * {@code bd_find_or_add_bd_index}.
     *
     * @param bdId the id
     * @return the existing or a new bridge domain
     */
    BridgeDomain findOrCreate(final int bdId) {
        final BridgeDomain existing = byId.get(bdId);
        return existing != null ? existing : create(bdId);
    }

    void delete(final BridgeDomain bd) {
        byId.remove(bd.bdId());
        byIndex.remove(bd.index());
        usedIndexes.clear(bd.index());
    }

    /**
     * Every bridge domain, placeholder included, by index.
     *
     * @return a read-only view
     */
    Collection<BridgeDomain> byIndexOrder() {
        return Collections.unmodifiableCollection(byIndex.values());
    }

    /**
     * {@code bd_get_unused_id}: a random free id in 1..{@link #MAX_ID}.
     *
     * @param random the run's random source
     * @return the id, or {@code ~0} if none was found
     */
    int unusedId(final Random random) {
        for (int i = 0; i < UNUSED_ID_TRIES; i++) {
            final int candidate = random.nextInt(MAX_ID) + 1;
            if (!byId.containsKey(candidate)) {
                return candidate;
            }
        }
        return ApiTypes.NONE;
    }
}
