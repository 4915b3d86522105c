package io.vswitch.vpp.api.message.types;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;

/**
 * The {@code vl_api_address_t} type (ip_types.api).
 */
@VppType("vl_api_address_t")
public record Address(
        @VppField("vl_api_address_family_t") int af,
        @VppField("vl_api_address_union_t") byte[] un) {
}
