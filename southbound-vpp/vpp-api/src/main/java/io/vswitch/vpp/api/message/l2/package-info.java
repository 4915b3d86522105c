/**
 * Layer 2: bridge domains, their members and flags, the L2 FIB, cross-connects and bridge-domain ARP
 * termination entries (l2.api).
 *
 * <p>The enums of this area are declared here for the codec: their underlying integer type.
 */
@VppAlias(name = "vl_api_bd_flags_t", type = "u32")
@VppAlias(name = "vl_api_l2_port_type_t", type = "u32")
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.message.l2;

import io.vswitch.vpp.api.definition.VppAlias;
