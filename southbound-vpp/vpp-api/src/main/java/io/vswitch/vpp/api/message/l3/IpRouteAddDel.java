package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;

/**
 * The {@code ip_route_add_del} message (ip.api).
 * Answered by {@link IpRouteAddDelReply}.
 */
@VppMessage(name = "ip_route_add_del", crc = "b8ecfe0d", area = L3Messages.AREA)
public record IpRouteAddDel(
        @VppField("bool") boolean isAdd,
        @VppField("bool") boolean isMultipath,
        @VppField("vl_api_ip_route_t") IpRoute route) implements VppRequest<IpRouteAddDelReply> {
}
