package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;

/**
 * The {@code vl_api_bridge_domain_sw_if_t} type (l2.api).
 */
@VppType("vl_api_bridge_domain_sw_if_t")
public record BridgeDomainSwIf(
        @VppField("u32") int context,
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("u8") int shg) {
}
