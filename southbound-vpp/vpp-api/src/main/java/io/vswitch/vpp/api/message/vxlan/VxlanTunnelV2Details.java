package io.vswitch.vpp.api.message.vxlan;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.message.types.Address;

/**
 * The {@code vxlan_tunnel_v2_details} message (vxlan.api).
 * One answer of {@link VxlanTunnelV2Dump}.
 */
@VppMessage(name = "vxlan_tunnel_v2_details", crc = "d3bdd4d9", area = VxlanMessages.AREA)
public record VxlanTunnelV2Details(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("u32") int instance,
        @VppField("vl_api_address_t") Address srcAddress,
        @VppField("vl_api_address_t") Address dstAddress,
        @VppField("u16") int srcPort,
        @VppField("u16") int dstPort,
        @VppField("vl_api_interface_index_t") int mcastSwIfIndex,
        @VppField("u32") int encapVrfId,
        @VppField("u32") int decapNextIndex,
        @VppField("u32") int vni) implements VppDetails {
}
