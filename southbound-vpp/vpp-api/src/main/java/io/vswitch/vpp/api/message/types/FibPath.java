package io.vswitch.vpp.api.message.types;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;
import java.util.List;

/**
 * The {@code vl_api_fib_path_t} type (fib_types.api).
 */
@VppType("vl_api_fib_path_t")
public record FibPath(
        @VppField("u32") int swIfIndex,
        @VppField("u32") int tableId,
        @VppField("u32") int rpfId,
        @VppField("u8") int weight,
        @VppField("u8") int preference,
        @VppField("vl_api_fib_path_type_t") int type,
        @VppField("vl_api_fib_path_flags_t") int flags,
        @VppField("vl_api_fib_path_nh_proto_t") int proto,
        @VppField("vl_api_fib_path_nh_t") FibPathNh nh,
        @VppField("u8") int nLabels,
        @VppField(value = "vl_api_fib_mpls_label_t", length = 16) List<FibMplsLabel> labelStack) {
}
