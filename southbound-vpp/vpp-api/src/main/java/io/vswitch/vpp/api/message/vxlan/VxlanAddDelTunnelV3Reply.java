package io.vswitch.vpp.api.message.vxlan;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppReply;

/**
 * The {@code vxlan_add_del_tunnel_v3_reply} message (vxlan.api):
 * the answer to {@link VxlanAddDelTunnelV3}.
 */
@VppMessage(name = "vxlan_add_del_tunnel_v3_reply", crc = "5383d31f", area = VxlanMessages.AREA)
public record VxlanAddDelTunnelV3Reply(
        @VppField("i32") int retval,
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppReply {
}
