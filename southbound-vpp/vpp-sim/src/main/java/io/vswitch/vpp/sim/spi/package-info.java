/**
 * How a feature area plugs into the simulator: a {@link io.vswitch.vpp.sim.spi.SimArea} registers handlers for
 * its messages, declares its VPP modules, adds CLI commands and reaches the shared state, all through an
 * {@link io.vswitch.vpp.sim.spi.AreaContext}. See {@code /work/notes/H3-sim-architecture.md}.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.vswitch.vpp.sim.spi;
