/**
 * af_packet interfaces on host interfaces (af_packet.api).
 *
 * <p>The enums of this area are declared here for the codec: their underlying integer type.
 */
@VppAlias(name = "vl_api_af_packet_mode_t", type = "u32")
@VppAlias(name = "vl_api_af_packet_flags_t", type = "u32")
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.message.afpacket;

import io.vswitch.vpp.api.definition.VppAlias;
