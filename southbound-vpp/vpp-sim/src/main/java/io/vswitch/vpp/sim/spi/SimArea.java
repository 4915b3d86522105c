package io.vswitch.vpp.sim.spi;

/**
 * One feature area of the simulated VPP (core, interfaces, memif, L2, L3 ...): the handlers of its messages and
 * the state behind them. Stateless itself: {@link #install(AreaContext)} runs at every simulator start and
 * restart with a fresh state, and whatever the area keeps lives in that state or in the handlers it registers.
 */
public interface SimArea {
    /**
     * Registers this area's handlers, modules, CLI commands and listeners for one run of the simulator.
     * Runs on the simulator thread before the socket accepts clients.
     *
     * @param context the run's registration and state access
     */
    void install(AreaContext context);
}
