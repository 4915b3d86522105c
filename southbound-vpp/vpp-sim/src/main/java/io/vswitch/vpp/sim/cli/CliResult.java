package io.vswitch.vpp.sim.cli;

/**
 * The outcome of one CLI line, as {@code cli_inband_reply} carries it.
 *
 * @param output the text output
 * @param retval 0, or -1 when the command failed (VPP's {@code vlib_cli_input} return)
 */
public record CliResult(String output, int retval) {
}
