package io.vswitch.vpp.sim.spi;

/**
 * What the simulated VPP says about itself ({@code show_version}, {@code show version}, {@code control_ping}).
 *
 * @param version the version string without the leading {@code v}, e.g. {@code 26.06-release}
 * @param buildDate the build date string
 * @param buildDirectory the build directory
 * @param buildUser the user that built it
 * @param buildHost the host it was built on
 * @param pid the process id reported as {@code vpe_pid}
 * @param generation how many times the simulator was (re)started before this run
 */
public record SimInfo(String version, String buildDate, String buildDirectory, String buildUser, String buildHost,
        int pid, int generation) {
}
