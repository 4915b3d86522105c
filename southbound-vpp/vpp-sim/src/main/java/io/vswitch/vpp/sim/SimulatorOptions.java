package io.vswitch.vpp.sim;

import io.vswitch.vpp.api.transport.UnixDomainTransport;
import java.util.Set;

/**
 * How a {@link VppSimulator} presents itself and behaves where VPP's behaviour depends on its environment.
 *
 * @param version the version string without {@code v} ({@code show_version.version})
 * @param buildDate the build date ({@code show_version.build_date})
 * @param buildDirectory the build directory ({@code show_version.build_directory})
 * @param buildUser the user shown by the {@code show version} CLI
 * @param buildHost the host shown by the {@code show version} CLI
 * @param reuseSwIfIndexes hand out deleted interface indexes again, as VPP's pools do; off by default so that a
 *     stale index never names a new interface
 * @param idShiftPerRestart how far each restart moves the first non-memclnt message id, so that clients that
 *     keep an old id table fail visibly
 * @param memifCarrier whether a memif interface has a connected peer (link up once admin up)
 * @param missingHostInterfaces host interface names on which {@code af_packet_create} fails as on a host
 *     without them
 * @param transport native epoll, or the JDK's Unix domain sockets where the native library is missing
 */
public record SimulatorOptions(String version, String buildDate, String buildDirectory, String buildUser,
        String buildHost, boolean reuseSwIfIndexes, int idShiftPerRestart, boolean memifCarrier,
        Set<String> missingHostInterfaces, UnixDomainTransport transport) {
    /** The version this simulator imitates. */
    public static final String VPP_VERSION = "26.06-release";

    /**
     * Copies the set.
     */
    public SimulatorOptions {
        missingHostInterfaces = Set.copyOf(missingHostInterfaces);
        if (idShiftPerRestart < 0) {
            throw new IllegalArgumentException("idShiftPerRestart must not be negative");
        }
    }

    /**
     * The defaults: VPP 26.06, indexes never reused, ids shift by 16 per restart, memif peers present, every host
     * interface present, the best transport of this host.
     *
     * @return the default options
     */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions(VPP_VERSION, "2026-06-24T09:30:00", "/w/workspace/vpp-merge-2606-ubuntu2404",
            "jenkins", "vpp-build", false, 16, true, Set.of(), UnixDomainTransport.preferred());
    }

    /**
     * These options with indexes reused or not.
     *
     * @param reuse whether deleted indexes are reused
     * @return the changed options
     */
    public SimulatorOptions withReuseSwIfIndexes(final boolean reuse) {
        return new SimulatorOptions(version, buildDate, buildDirectory, buildUser, buildHost, reuse,
            idShiftPerRestart, memifCarrier, missingHostInterfaces, transport);
    }

    /**
     * These options with another id shift per restart.
     *
     * @param shift the shift, 0 for a stable table
     * @return the changed options
     */
    public SimulatorOptions withIdShiftPerRestart(final int shift) {
        return new SimulatorOptions(version, buildDate, buildDirectory, buildUser, buildHost, reuseSwIfIndexes,
            shift, memifCarrier, missingHostInterfaces, transport);
    }

    /**
     * These options with memif peers present or absent.
     *
     * @param carrier whether new memif interfaces have a peer
     * @return the changed options
     */
    public SimulatorOptions withMemifCarrier(final boolean carrier) {
        return new SimulatorOptions(version, buildDate, buildDirectory, buildUser, buildHost, reuseSwIfIndexes,
            idShiftPerRestart, carrier, missingHostInterfaces, transport);
    }

    /**
     * These options with host interfaces that do not exist.
     *
     * @param missing the host interface names
     * @return the changed options
     */
    public SimulatorOptions withMissingHostInterfaces(final Set<String> missing) {
        return new SimulatorOptions(version, buildDate, buildDirectory, buildUser, buildHost, reuseSwIfIndexes,
            idShiftPerRestart, memifCarrier, missing, transport);
    }

    /**
     * These options with another transport.
     *
     * @param unixTransport epoll or NIO
     * @return the changed options
     */
    public SimulatorOptions withTransport(final UnixDomainTransport unixTransport) {
        return new SimulatorOptions(version, buildDate, buildDirectory, buildUser, buildHost, reuseSwIfIndexes,
            idShiftPerRestart, memifCarrier, missingHostInterfaces, unixTransport);
    }
}
