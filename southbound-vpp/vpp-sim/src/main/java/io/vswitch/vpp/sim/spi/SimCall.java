package io.vswitch.vpp.sim.spi;

import io.vswitch.vpp.sim.state.SimState;

/**
 * The circumstances of one request: who sent it and the state it works on.
 *
 * @param session the sending client
 * @param state the simulator state of this run
 */
public record SimCall(ClientSession session, SimState state) {
}
