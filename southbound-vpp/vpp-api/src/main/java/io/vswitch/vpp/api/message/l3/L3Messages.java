package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppMessageBody;
import java.util.List;

/**
 * The messages of the {@code l3} area.
 */
public final class L3Messages {
    /**
     * The area name, as in {@code @VppMessage(area = ...)}.
     */
    public static final String AREA = "l3";

    /**
     * Every message record of the area.
     */
    public static final List<Class<? extends VppMessageBody>> ALL = List.of(
        IpTableAddDel.class,
        IpTableAddDelReply.class,
        IpTableDump.class,
        IpTableDetails.class,
        IpRouteAddDel.class,
        IpRouteAddDelReply.class,
        IpRouteDump.class,
        IpRouteDetails.class,
        IpNeighborAddDel.class,
        IpNeighborAddDelReply.class,
        IpNeighborDump.class,
        IpNeighborDetails.class,
        ProxyArpAddDel.class,
        ProxyArpAddDelReply.class,
        ProxyArpIntfcEnableDisable.class,
        ProxyArpIntfcEnableDisableReply.class,
        ProxyArpDump.class,
        ProxyArpDetails.class,
        ProxyArpIntfcDump.class,
        ProxyArpIntfcDetails.class);

    private L3Messages() {
        // constants only
    }
}
