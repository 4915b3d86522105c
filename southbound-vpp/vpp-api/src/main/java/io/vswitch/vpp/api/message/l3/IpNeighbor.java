package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;
import io.vswitch.vpp.api.message.types.Address;

/**
 * The {@code vl_api_ip_neighbor_t} type (ip_neighbor.api).
 */
@VppType("vl_api_ip_neighbor_t")
public record IpNeighbor(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("vl_api_ip_neighbor_flags_t") int flags,
        @VppField("vl_api_mac_address_t") byte[] macAddress,
        @VppField("vl_api_address_t") Address ipAddress) {
}
