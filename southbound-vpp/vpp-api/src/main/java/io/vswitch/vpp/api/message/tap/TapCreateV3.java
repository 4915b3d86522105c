package io.vswitch.vpp.api.message.tap;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppMessage;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.api.message.types.Ip4Prefix;
import io.vswitch.vpp.api.message.types.Ip6Prefix;

/**
 * The {@code tap_create_v3} message (tapv2.api).
 * Answered by {@link TapCreateV3Reply}.
 */
@VppMessage(name = "tap_create_v3", crc = "3f3fd1df", area = TapMessages.AREA)
public record TapCreateV3(
        @VppField("u32") int id,
        @VppField("bool") boolean useRandomMac,
        @VppField("vl_api_mac_address_t") byte[] macAddress,
        @VppField("u16") int numRxQueues,
        @VppField("u16") int numTxQueues,
        @VppField("u16") int txRingSz,
        @VppField("u16") int rxRingSz,
        @VppField("bool") boolean hostMtuSet,
        @VppField("u32") int hostMtuSize,
        @VppField("bool") boolean hostMacAddrSet,
        @VppField("vl_api_mac_address_t") byte[] hostMacAddr,
        @VppField("bool") boolean hostIp4PrefixSet,
        @VppField("vl_api_ip4_address_with_prefix_t") Ip4Prefix hostIp4Prefix,
        @VppField("bool") boolean hostIp6PrefixSet,
        @VppField("vl_api_ip6_address_with_prefix_t") Ip6Prefix hostIp6Prefix,
        @VppField("bool") boolean hostIp4GwSet,
        @VppField("vl_api_ip4_address_t") byte[] hostIp4Gw,
        @VppField("bool") boolean hostIp6GwSet,
        @VppField("vl_api_ip6_address_t") byte[] hostIp6Gw,
        @VppField("vl_api_tap_flags_t") int tapFlags,
        @VppField("bool") boolean hostNamespaceSet,
        @VppField(value = "string", length = 64) String hostNamespace,
        @VppField("bool") boolean hostIfNameSet,
        @VppField(value = "string", length = 64) String hostIfName,
        @VppField("bool") boolean hostBridgeSet,
        @VppField(value = "string", length = 64) String hostBridge,
        @VppField(value = "string", length = 0) String tag) implements VppRequest<TapCreateV3Reply> {
}
