package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code ip_neighbor_details} message (ip_neighbor.api).
 * One answer of {@link IpNeighborDump}.
 */
@VppMessage(name = "ip_neighbor_details", crc = "e29d79f0", area = L3Messages.AREA)
public record IpNeighborDetails(
        @VppField("f64") double age,
        @VppField("vl_api_ip_neighbor_t") IpNeighbor neighbor) implements VppDetails {
}
