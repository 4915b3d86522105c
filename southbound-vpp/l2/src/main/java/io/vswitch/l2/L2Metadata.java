package io.vswitch.l2;

import io.vswitch.renderer.spi.MetadataKey;

/**
 * Metadata the L2 area attaches to its items.
 */
public final class L2Metadata {
    /** VPP's bridge domain id, on every bridge domain item. */
    public static final MetadataKey<Integer> BD_ID = MetadataKey.of("bd_id", Integer.class);

    private L2Metadata() {
        // constants only
    }
}
