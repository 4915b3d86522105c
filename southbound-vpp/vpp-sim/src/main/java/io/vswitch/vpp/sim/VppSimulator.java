package io.vswitch.vpp.sim;

import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.codec.VppMessages;
import io.vswitch.vpp.sim.internal.FaultPlan;
import io.vswitch.vpp.sim.internal.SimEngine;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.SimInfo;
import io.vswitch.vpp.sim.state.SimHost;
import io.vswitch.vpp.sim.state.SimInterface;
import io.vswitch.vpp.sim.state.SimState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A simulated VPP v26.06 on the binary API over a Unix stream socket: the handshake and its id table, real
 * state behind every implemented message, VPP's error codes, events, and faults on demand.
 *
 * <p>Life cycle: {@link #start(Path)} binds the socket with a fresh state; {@link #kill()} drops every
 * connection and the socket like a crash (state lost); {@link #restart()} comes back on the same path with an
 * empty state and a new id table (ids shift, see {@link SimulatorOptions#idShiftPerRestart()});
 * {@link #stop()} / {@link #close()} end it cleanly. No static state: any number may run in one JVM.
 *
 * <p>The state lives on the simulator's own thread; {@link #inspect(Function)} and {@link #modify(Consumer)}
 * run code there and wait for it.
 */
public final class VppSimulator implements AutoCloseable {
    private final SimulatorOptions options;
    private final List<SimArea> areas;
    private final FaultPlan faults = new FaultPlan();
    private final SimHost host;
    private final MessageRegistry registry;
    private final int pid = (int) ProcessHandle.current().pid();
    private Optional<SimEngine> engine = Optional.empty();
    private Optional<Path> socket = Optional.empty();
    private int generation;

    /**
     * A simulator with the default options and areas.
     */
    public VppSimulator() {
        this(SimulatorOptions.defaults());
    }

    /**
     * A simulator with the default areas.
     *
     * @param options how it presents itself and behaves
     */
    public VppSimulator(final SimulatorOptions options) {
        this(options, SimAreas.defaults());
    }

    /**
     * A simulator with chosen areas.
     *
     * @param options how it presents itself and behaves
     * @param areas the feature areas, installed in this order at every start
     */
    public VppSimulator(final SimulatorOptions options, final List<SimArea> areas) {
        this.options = options;
        this.areas = List.copyOf(areas);
        this.host = new SimHost(options.missingHostInterfaces(), options.memifCarrier());
        this.registry = MessageRegistry.of(VppMessages.all());
    }

    /**
     * Starts listening on a socket path with a fresh state.
     *
     * @param socketPath the socket file (replaced if it exists)
     * @throws IllegalStateException if already running
     * @throws UncheckedIOException if the socket cannot be bound
     */
    public synchronized void start(final Path socketPath) {
        if (engine.isPresent()) {
            throw new IllegalStateException("Already running on " + socket.orElseThrow());
        }
        final int firstDynamicId = 29 + generation * options.idShiftPerRestart();
        final SimInfo info = new SimInfo(options.version(), options.buildDate(), options.buildDirectory(),
            options.buildUser(), options.buildHost(), pid, generation);
        try {
            engine = Optional.of(SimEngine.start(new SimEngine.Spec(socketPath, info, areas, registry, faults, host,
                options.reuseSwIfIndexes(), firstDynamicId, options.transport())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + socketPath, e);
        }
        socket = Optional.of(socketPath);
        generation++;
    }

    /**
     * Crashes: closes every connection and the socket at once; the state is lost. {@link #restart()} or
     * {@link #start(Path)} brings a new one up.
     */
    public synchronized void kill() {
        final Optional<SimEngine> running = engine;
        engine = Optional.empty();
        running.ifPresent(SimEngine::kill);
    }

    /**
     * Comes back on the same socket with an empty state and a new id table, killing the running one first.
     *
     * @throws IllegalStateException if it was never started
     */
    public synchronized void restart() {
        final Path path = socket.orElseThrow(() -> new IllegalStateException("Never started"));
        kill();
        start(path);
    }

    /**
     * Stops: closes every connection and the socket and releases the thread. May be started again.
     */
    public synchronized void stop() {
        kill();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Whether it is listening.
     *
     * @return true between start and kill/stop
     */
    public synchronized boolean isRunning() {
        return engine.isPresent();
    }

    /**
     * The socket path of the current or last run.
     *
     * @return the path, empty if never started
     */
    public synchronized Optional<Path> socketPath() {
        return socket;
    }

    /**
     * How many runs were started so far (the current one included).
     *
     * @return the number of starts
     */
    public synchronized int generation() {
        return generation;
    }

    /**
     * Misbehaviour on demand.
     *
     * @return the fault injector (valid across restarts)
     */
    public FaultInjector faults() {
        return faults;
    }

    /**
     * The host around the simulated VPP (missing host interfaces, memif peers).
     *
     * @return the host (valid across restarts)
     */
    public SimHost host() {
        return host;
    }

    private synchronized SimEngine running() {
        return engine.orElseThrow(() -> new IllegalStateException("The simulator is not running"));
    }

    /**
     * Reads the state on the simulator thread.
     *
     * @param <T> the result type
     * @param query reads the state; must not keep references to mutable parts
     * @return the query's result
     */
    public <T> T inspect(final Function<SimState, T> query) {
        return running().call(query);
    }

    /**
     * Changes the state on the simulator thread; events it causes go out afterwards, as after an API batch.
     *
     * @param action changes the state
     */
    public void modify(final Consumer<SimState> action) {
        running().call(state -> {
            action.accept(state);
            return null;
        });
    }

    /**
     * The interfaces now.
     *
     * @return an immutable snapshot by ascending index
     */
    public List<SimInterface> interfaces() {
        return inspect(state -> List.copyOf(state.interfaces().all()));
    }

    /**
     * Sets an interface's carrier (a memif peer connecting or leaving, a host link going down); link state and
     * events follow as in VPP.
     *
     * @param swIfIndex the interface
     * @param present whether the carrier is present
     * @throws IllegalArgumentException if there is no such interface
     */
    public void setCarrier(final int swIfIndex, final boolean present) {
        modify(state -> state.interfaces().update(state.interfaces().require(swIfIndex).withCarrier(present)));
    }

    /**
     * The handshake's id table of the current run.
     *
     * @return {@code name_crc} to id, in id order
     */
    public Map<String, Integer> messageIds() {
        return running().messageIds();
    }

    /**
     * The number of connected clients.
     *
     * @return the count
     */
    public int clientCount() {
        return running().clientCount();
    }
}
