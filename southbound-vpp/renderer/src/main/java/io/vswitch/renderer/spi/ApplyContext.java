package io.vswitch.renderer.spi;

import java.util.Optional;

/**
 * What a descriptor's create, update or delete call may use besides its own item. Valid for that call; safe to
 * read from any thread (it is a snapshot taken when the call was issued).
 */
public interface ApplyContext {
    /**
     * The node's name.
     *
     * @return e.g. {@code vpp1}
     */
    String nodeName();

    /**
     * The handle the scheduler's owner gave on connect (e.g. the VPP session), cast to the type the descriptor
     * knows.
     *
     * @param <N> the handle's type
     * @param type the handle's type
     * @return the handle
     * @throws ClassCastException if the handle is of another type
     */
    <N> N node(Class<N> type);

    /**
     * The metadata of one of this item's dependencies (including, for a derived item, its parent), as it was
     * when this call was issued.
     *
     * @param dependency the dependency's key
     * @return its metadata
     * @throws IllegalArgumentException if the key is not an applied dependency of this item
     */
    Metadata metadata(ItemKey dependency);

    /**
     * The metadata of a dependency, if it is one and is applied.
     *
     * @param dependency the dependency's key
     * @return its metadata, or empty
     */
    Optional<Metadata> findMetadata(ItemKey dependency);
}
