/**
 * The af_packet plugin area: interfaces bound to host interfaces.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.area.afpacket;
