package io.vswitch.vpp.api.message.types;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;

/**
 * The {@code vl_api_prefix_t} type (ip_types.api).
 */
@VppType("vl_api_prefix_t")
public record Prefix(
        @VppField("vl_api_address_t") Address address,
        @VppField("u8") int len) {
}
