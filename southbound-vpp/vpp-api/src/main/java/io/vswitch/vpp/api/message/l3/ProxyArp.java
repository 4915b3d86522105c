package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;

/**
 * The {@code vl_api_proxy_arp_t} type (arp.api).
 */
@VppType("vl_api_proxy_arp_t")
public record ProxyArp(
        @VppField("u32") int tableId,
        @VppField("vl_api_ip4_address_t") byte[] low,
        @VppField("vl_api_ip4_address_t") byte[] hi) {
}
