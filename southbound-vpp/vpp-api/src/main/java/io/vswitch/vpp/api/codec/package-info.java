/**
 * The generic codec of VPP API message bodies, driven by the {@code definition} annotations: a
 * {@link io.vswitch.vpp.api.codec.MessageRegistry} resolves every message record once into precompiled field
 * codecs, and its {@link io.vswitch.vpp.api.codec.MessageDescriptor}s encode and decode bodies without reflection.
 * {@link io.vswitch.vpp.api.codec.VppMessages} is the catalogue of the messages this project defines.
 *
 * <p>The {@link io.vswitch.vpp.api.definition.VppAlias} declarations here are the named types of VPP's shared type
 * modules (ip_types, interface_types, ethernet_types, fib_types, mfib_types, vpe_types); a message area declares
 * its own enums on its package. Unions are byte arrays of the union's size.
 */
// ip_types.api
@VppAlias(name = "vl_api_ip4_address_t", type = "u8", length = 4)
@VppAlias(name = "vl_api_ip6_address_t", type = "u8", length = 16)
@VppAlias(name = "vl_api_address_union_t", type = "u8", length = 16)
@VppAlias(name = "vl_api_address_with_prefix_t", type = "vl_api_prefix_t")
@VppAlias(name = "vl_api_ip4_address_with_prefix_t", type = "vl_api_ip4_prefix_t")
@VppAlias(name = "vl_api_ip6_address_with_prefix_t", type = "vl_api_ip6_prefix_t")
@VppAlias(name = "vl_api_address_family_t", type = "u8")
@VppAlias(name = "vl_api_ip_feature_location_t", type = "u8")
@VppAlias(name = "vl_api_ip_ecn_t", type = "u8")
@VppAlias(name = "vl_api_ip_dscp_t", type = "u8")
@VppAlias(name = "vl_api_ip_proto_t", type = "u8")
// interface_types.api
@VppAlias(name = "vl_api_interface_index_t", type = "u32")
@VppAlias(name = "vl_api_if_status_flags_t", type = "u32")
@VppAlias(name = "vl_api_mtu_proto_t", type = "u32")
@VppAlias(name = "vl_api_link_duplex_t", type = "u32")
@VppAlias(name = "vl_api_sub_if_flags_t", type = "u32")
@VppAlias(name = "vl_api_rx_mode_t", type = "u32")
@VppAlias(name = "vl_api_if_type_t", type = "u32")
@VppAlias(name = "vl_api_direction_t", type = "u8")
// ethernet_types.api
@VppAlias(name = "vl_api_mac_address_t", type = "u8", length = 6)
// fib_types.api
@VppAlias(name = "vl_api_fib_path_nh_proto_t", type = "u32")
@VppAlias(name = "vl_api_fib_path_flags_t", type = "u32")
@VppAlias(name = "vl_api_fib_path_type_t", type = "u32")
// mfib_types.api
@VppAlias(name = "vl_api_mfib_entry_flags_t", type = "u32")
@VppAlias(name = "vl_api_mfib_itf_flags_t", type = "u32")
// vpe_types.api
@VppAlias(name = "vl_api_timestamp_t", type = "f64")
@VppAlias(name = "vl_api_timedelta_t", type = "f64")
@VppAlias(name = "vl_api_log_level_t", type = "u32")
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.codec;

import io.vswitch.vpp.api.definition.VppAlias;
