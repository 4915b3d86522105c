package io.vswitch.vpp.api.message.vxlan;

import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code vxlan_tunnel_v2_dump} message (vxlan.api).
 * Dumps {@link VxlanTunnelV2Details}s.
 */
@VppMessage(name = "vxlan_tunnel_v2_dump", crc = "f9e6675e", area = VxlanMessages.AREA)
public record VxlanTunnelV2Dump(
        @VppField("vl_api_interface_index_t") int swIfIndex) implements VppDump<VxlanTunnelV2Details> {
}
