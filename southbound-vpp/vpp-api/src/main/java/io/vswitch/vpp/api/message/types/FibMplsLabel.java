package io.vswitch.vpp.api.message.types;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;

/**
 * The {@code vl_api_fib_mpls_label_t} type (fib_types.api).
 */
@VppType("vl_api_fib_mpls_label_t")
public record FibMplsLabel(
        @VppField("u8") int isUniform,
        @VppField("u32") int label,
        @VppField("u8") int ttl,
        @VppField("u8") int exp) {
}
