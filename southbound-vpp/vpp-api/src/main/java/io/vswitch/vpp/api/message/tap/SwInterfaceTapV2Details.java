package io.vswitch.vpp.api.message.tap;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.message.types.Ip4Prefix;
import io.vswitch.vpp.api.message.types.Ip6Prefix;

/**
 * The {@code sw_interface_tap_v2_details} message (tapv2.api).
 * One answer of {@link SwInterfaceTapV2Dump}.
 */
@VppMessage(name = "sw_interface_tap_v2_details", crc = "1e2b2a47", area = TapMessages.AREA)
public record SwInterfaceTapV2Details(
        @VppField("u32") int swIfIndex,
        @VppField("u32") int id,
        @VppField("u16") int txRingSz,
        @VppField("u16") int rxRingSz,
        @VppField("u32") int hostMtuSize,
        @VppField("vl_api_mac_address_t") byte[] hostMacAddr,
        @VppField("vl_api_ip4_address_with_prefix_t") Ip4Prefix hostIp4Prefix,
        @VppField("vl_api_ip6_address_with_prefix_t") Ip6Prefix hostIp6Prefix,
        @VppField("vl_api_tap_flags_t") int tapFlags,
        @VppField(value = "string", length = 64) String devName,
        @VppField(value = "string", length = 64) String hostIfName,
        @VppField(value = "string", length = 64) String hostNamespace,
        @VppField(value = "string", length = 64) String hostBridge) implements VppDetails {
}
