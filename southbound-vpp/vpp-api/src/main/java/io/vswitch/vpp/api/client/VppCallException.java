package io.vswitch.vpp.api.client;

import io.vswitch.vpp.api.definition.VppReply;

/**
 * VPP answered a request with a negative {@code retval}.
 */
public final class VppCallException extends VppException {
    private static final long serialVersionUID = 1L;

    private final String messageName;
    private final int retval;
    private final String errnoName;
    // the reply records are not serializable: a deserialized exception keeps only the numbers and names
    private final transient VppReply reply;

    /**
     * Creates the exception.
     *
     * @param messageName the VPP name of the request, e.g. {@code ip_route_add_del}
     * @param retval the return value
     * @param errnoName its symbolic name from {@code vnet/api_errno.h}, e.g. {@code INVALID_SW_IF_INDEX}
     * @param errnoText its description, e.g. {@code Invalid sw_if_index}
     * @param reply the whole reply, for fields beside {@code retval}
     */
    public VppCallException(final String messageName, final int retval, final String errnoName,
            final String errnoText, final VppReply reply) {
        super(messageName + " failed: retval " + retval + " " + errnoName + " (" + errnoText + ")", null);
        this.messageName = messageName;
        this.retval = retval;
        this.errnoName = errnoName;
        this.reply = reply;
    }

    /**
     * The request's VPP name.
     *
     * @return e.g. {@code ip_route_add_del}
     */
    public String messageName() {
        return messageName;
    }

    /**
     * VPP's return value.
     *
     * @return a negative number
     */
    public int retval() {
        return retval;
    }

    /**
     * The symbolic name of {@link #retval()}.
     *
     * @return e.g. {@code INVALID_SW_IF_INDEX}, or {@code UNKNOWN} for a value this code does not know
     */
    public String errnoName() {
        return errnoName;
    }

    /**
     * The reply VPP sent.
     *
     * @return the reply
     */
    public VppReply reply() {
        return reply;
    }
}
