/**
 * The interfaces area: interface life cycle (loopbacks, sub-interfaces), flags, MTU, MAC, tags, rx-mode, table
 * binding, unnumbered, addresses, the dumps, {@code sw_interface_event} and the interface CLI. Interface kinds of
 * plugins (memif, af_packet, tap, VXLAN) are created by their own areas but share everything here.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.area.interfaces;
