package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code ip_route_add_del_reply} message (ip.api):
 * the answer to {@link IpRouteAddDel}.
 */
@VppMessage(name = "ip_route_add_del_reply", crc = "1992deab", area = L3Messages.AREA)
public record IpRouteAddDelReply(
        @VppField("i32") int retval,
        @VppField("u32") int statsIndex) implements VppReply {
}
