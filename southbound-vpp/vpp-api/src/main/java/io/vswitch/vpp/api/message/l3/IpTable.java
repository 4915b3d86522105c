package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;

/**
 * The {@code vl_api_ip_table_t} type (ip.api).
 */
@VppType("vl_api_ip_table_t")
public record IpTable(
        @VppField("u32") int tableId,
        @VppField("bool") boolean isIp6,
        @VppField(value = "string", length = 64) String name) {
}
