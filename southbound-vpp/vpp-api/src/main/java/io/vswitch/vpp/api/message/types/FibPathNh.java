package io.vswitch.vpp.api.message.types;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;

/**
 * The {@code vl_api_fib_path_nh_t} type (fib_types.api).
 */
@VppType("vl_api_fib_path_nh_t")
public record FibPathNh(
        @VppField("vl_api_address_union_t") byte[] address,
        @VppField("u32") int viaLabel,
        @VppField("u32") int objId,
        @VppField("u32") int classifyTableIndex) {
}
