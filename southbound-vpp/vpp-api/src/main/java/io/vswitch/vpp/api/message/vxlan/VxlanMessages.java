package io.vswitch.vpp.api.message.vxlan;

import io.vswitch.vpp.api.definition.VppMessageBody;
import java.util.List;

/**
 * The messages of the {@code vxlan} area.
 */
public final class VxlanMessages {
    /**
     * The area name, as in {@code @VppMessage(area = ...)}.
     */
    public static final String AREA = "vxlan";

    /**
     * Every message record of the area.
     */
    public static final List<Class<? extends VppMessageBody>> ALL = List.of(
        VxlanAddDelTunnelV3.class,
        VxlanAddDelTunnelV3Reply.class,
        VxlanTunnelV2Dump.class,
        VxlanTunnelV2Details.class);

    private VxlanMessages() {
        // constants only
    }
}
