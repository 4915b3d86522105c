package io.vswitch.vpp.api.message.vxlan;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.api.message.types.Address;

/**
 * The {@code vxlan_add_del_tunnel_v3} message (vxlan.api).
 * Answered by {@link VxlanAddDelTunnelV3Reply}.
 */
@VppMessage(name = "vxlan_add_del_tunnel_v3", crc = "0072b037", area = VxlanMessages.AREA)
public record VxlanAddDelTunnelV3(
        @VppField("bool") boolean isAdd,
        @VppField("u32") int instance,
        @VppField("vl_api_address_t") Address srcAddress,
        @VppField("vl_api_address_t") Address dstAddress,
        @VppField("u16") int srcPort,
        @VppField("u16") int dstPort,
        @VppField("vl_api_interface_index_t") int mcastSwIfIndex,
        @VppField("u32") int encapVrfId,
        @VppField("u32") int decapNextIndex,
        @VppField("u32") int vni,
        @VppField("bool") boolean isL3) implements VppRequest<VxlanAddDelTunnelV3Reply> {
}
