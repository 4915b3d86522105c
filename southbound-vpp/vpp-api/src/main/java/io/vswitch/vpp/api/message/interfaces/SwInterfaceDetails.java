package io.vswitch.vpp.api.message.interfaces;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;

/**
 * The {@code sw_interface_details} message (interface.api).
 * One answer of {@link SwInterfaceDump}.
 */
@VppMessage(name = "sw_interface_details", crc = "6c221fc7", area = InterfacesMessages.AREA)
public record SwInterfaceDetails(
        @VppField("vl_api_interface_index_t") int swIfIndex,
        @VppField("u32") int supSwIfIndex,
        @VppField("vl_api_mac_address_t") byte[] l2Address,
        @VppField("vl_api_if_status_flags_t") int flags,
        @VppField("vl_api_if_type_t") int type,
        @VppField("vl_api_link_duplex_t") int linkDuplex,
        @VppField("u32") int linkSpeed,
        @VppField("u16") int linkMtu,
        @VppField(value = "u32", length = 4) int[] mtu,
        @VppField("u32") int subId,
        @VppField("u8") int subNumberOfTags,
        @VppField("u16") int subOuterVlanId,
        @VppField("u16") int subInnerVlanId,
        @VppField("vl_api_sub_if_flags_t") int subIfFlags,
        @VppField("u32") int vtrOp,
        @VppField("u32") int vtrPushDot1q,
        @VppField("u32") int vtrTag1,
        @VppField("u32") int vtrTag2,
        @VppField("u16") int outerTag,
        @VppField("vl_api_mac_address_t") byte[] bDmac,
        @VppField("vl_api_mac_address_t") byte[] bSmac,
        @VppField("u16") int bVlanid,
        @VppField("u32") int iSid,
        @VppField(value = "string", length = 64) String interfaceName,
        @VppField(value = "string", length = 64) String interfaceDevType,
        @VppField(value = "string", length = 64) String tag) implements VppDetails {
}
