/**
 * The vxlan plugin area: VXLAN tunnels.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.area.vxlan;
