/**
 * VXLAN tunnels (vxlan plugin).
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.api.message.vxlan;
