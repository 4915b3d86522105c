package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code ip_route_details} message (ip.api).
 * One answer of {@link IpRouteDump}.
 */
@VppMessage(name = "ip_route_details", crc = "bda8f315", area = L3Messages.AREA)
public record IpRouteDetails(
        @VppField("vl_api_ip_route_t") IpRoute route) implements VppDetails {
}
