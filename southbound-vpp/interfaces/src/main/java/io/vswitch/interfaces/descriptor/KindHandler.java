package io.vswitch.interfaces.descriptor;

import io.vswitch.interfaces.item.InterfaceType;
import io.vswitch.renderer.spi.ApplyContext;
import io.vswitch.renderer.spi.Dependency;
import io.vswitch.vpp.api.client.VppSession;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * How one kind of interface is created and deleted in VPP; the interface descriptor does the rest (tag, metadata,
 * derived items, retrieval).
 *
 * @param <T> the kind
 */
interface KindHandler<T extends InterfaceType> {
    /**
     * The kind handled.
     */
    Class<T> type();

    /**
     * What the interface needs first, besides nothing.
     */
    default List<Dependency> dependencies(final String node, final T type) {
        return List.of();
    }

    /**
     * Creates the interface.
     *
     * @return its sw_if_index
     */
    CompletionStage<Integer> create(ApplyContext ctx, VppSession vpp, String name, T type);

    /**
     * Whether {@link #create} already wrote the name into the tag (the create message has a tag field).
     */
    default boolean tagsOnCreate() {
        return false;
    }

    /**
     * Deletes the interface.
     */
    CompletionStage<Void> delete(VppSession vpp, T type, int swIfIndex);
}
