/**
 * A VPP stand-in that speaks VPP's binary API over a real Unix stream socket, keeps real state and can be
 * broken on purpose. Start one with {@link io.vswitch.vpp.sim.VppSimulator}, from the command line with
 * {@link io.vswitch.vpp.sim.VppSimulatorMain}.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim;
