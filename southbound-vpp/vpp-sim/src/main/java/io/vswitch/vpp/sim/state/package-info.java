/**
 * The simulated dataplane's state: interfaces, IP tables, memif socket files, and the host around VPP. Every
 * object here is confined to the simulator's single event-loop thread, except {@link io.vswitch.vpp.sim.state.SimHost}
 * and the immutable records, which any thread may read.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.state;
