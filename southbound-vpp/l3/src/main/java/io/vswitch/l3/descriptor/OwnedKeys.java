package io.vswitch.l3.descriptor;

import io.vswitch.renderer.spi.ItemKey;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items of one kind this controller instance has created in VPP and not yet deleted, for kinds VPP keeps no tag
 * on (routes, tables, proxy ARP ranges). Resync counts an item found in VPP as ours when it is configured or listed
 * here; anything else is left alone. A key is added when its create is issued (a create that timed out may still
 * have taken effect) and removed when its delete succeeds. The list lives in memory: after a controller restart only
 * configured items are recognised.
 *
 * <p>Thread-safe: creates are issued on scheduler threads, deletes complete on the client's threads.
 *
 * @param <T> what is remembered with each key (e.g. its table, to know which tables to dump)
 */
final class OwnedKeys<T> {
    private final Map<ItemKey, T> keys = new ConcurrentHashMap<>();

    void add(final ItemKey key, final T info) {
        keys.put(key, info);
    }

    void remove(final ItemKey key) {
        keys.remove(key);
    }

    boolean contains(final ItemKey key) {
        return keys.containsKey(key);
    }

    /**
     * What is remembered with the keys of one node.
     *
     * @param node the node
     * @return a snapshot
     */
    Collection<T> infoOf(final String node) {
        final String prefix = node + "/";
        return keys.entrySet().stream().filter(entry -> entry.getKey().path().startsWith(prefix))
            .map(Map.Entry::getValue).toList();
    }
}
