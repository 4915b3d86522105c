package io.vswitch.renderer.spi;

/**
 * Implemented by exceptions that carry a dataplane's error code, so that an item's failure shows VPP's own
 * {@code retval} and the message that returned it. Exceptions that cannot implement it (they live in a bundle the
 * renderer does not know) are described by the error describer given to the scheduler's builder instead.
 */
public interface VppError {
    /**
     * VPP's return value.
     *
     * @return a negative number, e.g. -2
     */
    int retval();

    /**
     * The VPP message that failed.
     *
     * @return e.g. {@code sw_interface_add_del_address}
     */
    String messageName();

    /**
     * A plain value, e.g. for an error describer that maps a foreign exception type.
     *
     * @param retval VPP's return value
     * @param messageName the VPP message that failed
     * @return the error
     */
    static VppError of(final int retval, final String messageName) {
        return new Simple(retval, messageName);
    }

    /**
     * The plain value behind {@link #of}.
     *
     * @param retval VPP's return value
     * @param messageName the VPP message that failed
     */
    record Simple(int retval, String messageName) implements VppError {
        // a value
    }
}
