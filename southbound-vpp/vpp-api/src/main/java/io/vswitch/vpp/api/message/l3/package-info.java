/**
 * Layer 3: IP tables, routes, neighbors and proxy ARP (ip.api, ip_neighbor.api, arp.api).
 *
 * <p>The enums of this area are declared here for the codec: their underlying integer type.
 */
@VppAlias(name = "vl_api_ip_neighbor_flags_t", type = "u8")
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.message.l3;

import io.vswitch.vpp.api.definition.VppAlias;
