/**
 * The tap plugin area (module {@code tapv2}): tap and tun interfaces.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.area.tap;
