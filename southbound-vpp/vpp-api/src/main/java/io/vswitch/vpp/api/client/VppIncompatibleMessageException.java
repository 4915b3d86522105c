package io.vswitch.vpp.api.client;

/**
 * The message is not compatible with the connected VPP (absent, or another CRC), so it was not sent.
 */
public final class VppIncompatibleMessageException extends VppException {
    private static final long serialVersionUID = 1L;

    private final CompatibilityReport.Problem problem;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong with the message
     */
    public VppIncompatibleMessageException(final CompatibilityReport.Problem problem) {
        super(problem.describe(), null);
        this.problem = problem;
    }

    /**
     * What is wrong with the message, with its name and feature area.
     *
     * @return the problem
     */
    public CompatibilityReport.Problem problem() {
        return problem;
    }
}
