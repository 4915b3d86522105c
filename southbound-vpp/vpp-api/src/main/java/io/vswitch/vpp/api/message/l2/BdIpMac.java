package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;
import io.vswitch.vpp.api.message.types.Address;

/**
 * The {@code vl_api_bd_ip_mac_t} type (l2.api).
 */
@VppType("vl_api_bd_ip_mac_t")
public record BdIpMac(
        @VppField("u32") int bdId,
        @VppField("vl_api_address_t") Address ip,
        @VppField("vl_api_mac_address_t") byte[] mac) {
}
