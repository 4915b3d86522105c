package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code ip_route_dump} message (ip.api).
 * Dumps {@link IpRouteDetails}s.
 */
@VppMessage(name = "ip_route_dump", crc = "b9d2e09e", area = L3Messages.AREA)
public record IpRouteDump(
        @VppField("vl_api_ip_table_t") IpTable table) implements VppDump<IpRouteDetails> {
}
