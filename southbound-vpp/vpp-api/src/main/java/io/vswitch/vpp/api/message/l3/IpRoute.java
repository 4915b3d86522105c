package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppField;
import io.vswitch.vpp.api.definition.VppType;
import io.vswitch.vpp.api.message.types.FibPath;
import io.vswitch.vpp.api.message.types.Prefix;
import java.util.List;

/**
 * The {@code vl_api_ip_route_t} type (ip.api).
 */
@VppType("vl_api_ip_route_t")
public record IpRoute(
        @VppField("u32") int tableId,
        @VppField("u32") int statsIndex,
        @VppField("vl_api_prefix_t") Prefix prefix,
        @VppField("u8") int nPaths,
        @VppField(value = "vl_api_fib_path_t", length = 0, lengthFrom = "n_paths") List<FibPath> paths) {
}
