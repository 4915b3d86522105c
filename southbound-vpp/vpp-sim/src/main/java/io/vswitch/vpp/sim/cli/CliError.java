package io.vswitch.vpp.sim.cli;

/**
 * A CLI command's failure, printed as {@code <path>: <message>} like VPP's {@code clib_error_return}.
 */
public final class CliError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * The error.
     *
     * @param message the text after the command path
     */
    public CliError(final String message) {
        super(message, null, false, false);
    }

    /**
     * VPP's complaint about input it did not parse.
     *
     * @param input the unparsed input
     * @return {@code unknown input `<input>'}
     */
    public static CliError unknownInput(final String input) {
        return new CliError("unknown input `" + input + "'");
    }
}
