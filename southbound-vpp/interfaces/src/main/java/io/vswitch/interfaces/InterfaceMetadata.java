package io.vswitch.interfaces;

import io.vswitch.renderer.spi.MetadataKey;

/**
 * Metadata the interfaces area attaches to its items, for dependent items of any area.
 */
public final class InterfaceMetadata {
    /** VPP's index of an interface, on every interface item. */
    public static final MetadataKey<Integer> SW_IF_INDEX = MetadataKey.of("sw_if_index", Integer.class);
    /** VPP's id of a registered memif socket file, on every memif socket item. */
    public static final MetadataKey<Integer> MEMIF_SOCKET_ID = MetadataKey.of("memif_socket_id", Integer.class);

    private InterfaceMetadata() {
        // constants only
    }
}
