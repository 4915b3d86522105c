package io.vswitch.vpp.api.message.afpacket;

import io.vswitch.vpp.api.definition.VppMessageBody;
import java.util.List;

/**
 * The messages of the {@code afpacket} area.
 */
public final class AfPacketMessages {
    /**
     * The area name, as in {@code @VppMessage(area = ...)}.
     */
    public static final String AREA = "afpacket";

    /**
     * Every message record of the area.
     */
    public static final List<Class<? extends VppMessageBody>> ALL = List.of(
        AfPacketCreateV3.class,
        AfPacketCreateV3Reply.class,
        AfPacketDelete.class,
        AfPacketDeleteReply.class,
        AfPacketDump.class,
        AfPacketDetails.class);

    private AfPacketMessages() {
        // constants only
    }
}
