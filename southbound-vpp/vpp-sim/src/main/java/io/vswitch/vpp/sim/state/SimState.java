package io.vswitch.vpp.sim.state;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Everything one run of the simulated VPP knows; a restart starts from a fresh one. Confined to the simulator's
 * event-loop thread. Areas reach the shared parts (interfaces, IP tables) directly and keep their own state as
 * {@linkplain #extension(Class, Supplier) extensions}.
 */
public final class SimState {
    /** The MTU of a new Ethernet interface (VPP's {@code ethernet_main.default_mtu}). */
    public static final int DEFAULT_ETHERNET_MTU = 9000;

    private final InterfaceTable interfaces;
    private final IpTables ipTables = new IpTables();
    private final MemifSockets memifSockets;
    private final SimHost host;
    private final Map<Class<?>, Object> extensions = new HashMap<>();
    private final Random random = new Random();
    private RxMode defaultRxMode = RxMode.POLLING;

    /**
     * A fresh state with {@code local0}.
     *
     * @param host the host around VPP
     * @param reuseSwIfIndexes whether deleted interface indexes are reused
     */
    public SimState(final SimHost host, final boolean reuseSwIfIndexes) {
        this.host = host;
        this.interfaces = new InterfaceTable(reuseSwIfIndexes);
        this.memifSockets = new MemifSockets(interfaces);
        interfaces.create((sw, hw) -> SimInterface.hardware(sw, hw, "local0", new InterfaceKind.Local(),
            MacAddress.ZERO, false, 0, RxMode.UNKNOWN));
    }

    /**
     * The interfaces.
     *
     * @return the shared interface table
     */
    public InterfaceTable interfaces() {
        return interfaces;
    }

    /**
     * The IP tables.
     *
     * @return the shared table registry
     */
    public IpTables ipTables() {
        return ipTables;
    }

    /**
     * The memif socket files.
     *
     * @return the registry
     */
    public MemifSockets memifSockets() {
        return memifSockets;
    }

    /**
     * The host around VPP.
     *
     * @return the host
     */
    public SimHost host() {
        return host;
    }

    /**
     * The source of VPP's random choices (generated MAC addresses).
     *
     * @return this run's random generator
     */
    public Random random() {
        return random;
    }

    /**
     * A MAC address as VPP generates one for memif, af_packet, tap and VXLAN: {@code 02:fe} and four random bytes.
     *
     * @return a locally administered unicast address
     */
    public MacAddress randomMac() {
        return new MacAddress(0x02FE_0000_0000L | random.nextInt() & 0xFFFF_FFFFL);
    }

    /**
     * The default receive mode for new queues.
     *
     * @return the mode
     */
    public RxMode defaultRxMode() {
        return defaultRxMode;
    }

    /**
     * Sets the default receive mode.
     *
     * @param mode polling, interrupt or adaptive
     */
    public void setDefaultRxMode(final RxMode mode) {
        defaultRxMode = mode;
    }

    /**
     * An area's own state, created on first use. One instance per type and run.
     *
     * @param <T> the state type
     * @param type the state type, also its key
     * @param factory makes it on first use
     * @return the instance
     */
    public <T> T extension(final Class<T> type, final Supplier<T> factory) {
        return type.cast(extensions.computeIfAbsent(type, key -> factory.get()));
    }
}
