package io.vswitch.renderer.impl;

import io.vswitch.renderer.spi.ItemKey;
import io.vswitch.renderer.spi.RetrieveContext;
import io.vswitch.renderer.spi.RetrievedItem;
import java.util.List;
import java.util.Map;

/**
 * The context of one descriptor's retrieve.
 */
record RetrieveContextImpl(String nodeName, Object handle, Map<String, List<RetrievedItem<?>>> visible,
        Map<ItemKey, Object> desired) implements RetrieveContext {
    RetrieveContextImpl {
        visible = Map.copyOf(visible);
        desired = Map.copyOf(desired);
    }

    @Override
    public <N> N node(final Class<N> type) {
        return type.cast(handle);
    }

    @Override
    public List<RetrievedItem<?>> retrieved(final String descriptorName) {
        final var items = visible.get(descriptorName);
        if (items == null) {
            throw new IllegalArgumentException(descriptorName + " is not a retrieve dependency; these are: "
                + visible.keySet());
        }
        return items;
    }
}
