package io.vswitch.vpp.sim.cli;

/**
 * One CLI command (a leaf of the command tree, like VPP's {@code VLIB_CLI_COMMAND}).
 */
@FunctionalInterface
public interface CliCommand {
    /**
     * Runs the command.
     *
     * @param arguments the rest of the input line after the command's path, trimmed
     * @return the output, each line ending with a newline
     * @throws CliError when the arguments are wrong; the caller prefixes the command path
     */
    String run(String arguments);
}
