package io.vswitch.renderer.spi;

import java.util.List;
import java.util.Map;

/**
 * What a descriptor's {@link Descriptor#retrieve} may use.
 */
public interface RetrieveContext {
    /**
     * The node's name, the first segment of every key retrieved.
     *
     * @return e.g. {@code vpp1}
     */
    String nodeName();

    /**
     * The handle the scheduler's owner gave on connect (e.g. the VPP session).
     *
     * @param <N> the handle's type
     * @param type the handle's type
     * @return the handle
     * @throws ClassCastException if the handle is of another type
     */
    <N> N node(Class<N> type);

    /**
     * What another descriptor retrieved in this same resync; only for the descriptors named by
     * {@link Descriptor#retrieveDependencies()} (they are retrieved first). E.g. addresses are dumped per
     * {@code sw_if_index}, which the interfaces' items carry in their metadata.
     *
     * @param descriptorName the other descriptor's name
     * @return the items it returned (not those derived from them)
     * @throws IllegalArgumentException if that descriptor is not a retrieve dependency of this one
     */
    List<RetrievedItem<?>> retrieved(String descriptorName);

    /**
     * The desired items this descriptor handles, by key, to help correlate (e.g. to know which names to expect).
     *
     * @return an immutable map
     */
    Map<ItemKey, Object> desired();
}
