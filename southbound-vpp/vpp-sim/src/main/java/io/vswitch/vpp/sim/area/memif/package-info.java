/**
 * The memif plugin area: socket file registry and memif interfaces.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.area.memif;
