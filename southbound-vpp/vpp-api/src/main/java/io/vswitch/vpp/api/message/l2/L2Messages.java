package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppMessageBody;
import java.util.List;

/**
 * The messages of the {@code l2} area.
 */
public final class L2Messages {
    /**
     * The area name, as in {@code @VppMessage(area = ...)}.
     */
    public static final String AREA = "l2";

    /**
     * Every message record of the area.
     */
    public static final List<Class<? extends VppMessageBody>> ALL = List.of(
        BridgeDomainAddDelV2.class,
        BridgeDomainAddDelV2Reply.class,
        BridgeFlags.class,
        BridgeFlagsReply.class,
        BridgeDomainDump.class,
        BridgeDomainDetails.class,
        SwInterfaceSetL2Bridge.class,
        SwInterfaceSetL2BridgeReply.class,
        L2fibAddDel.class,
        L2fibAddDelReply.class,
        L2FibTableDump.class,
        L2FibTableDetails.class,
        SwInterfaceSetL2Xconnect.class,
        SwInterfaceSetL2XconnectReply.class,
        BdIpMacAddDel.class,
        BdIpMacAddDelReply.class,
        BdIpMacDump.class,
        BdIpMacDetails.class,
        L2XconnectDump.class,
        L2XconnectDetails.class);

    private L2Messages() {
        // constants only
    }
}
