package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code ip_neighbor_dump} message (ip_neighbor.api).
 * Dumps {@link IpNeighborDetails}s.
 */
@VppMessage(name = "ip_neighbor_dump", crc = "d817a484", area = L3Messages.AREA)
public record IpNeighborDump(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("vl_api_address_family_t") int af) implements VppDump<IpNeighborDetails> {
}
