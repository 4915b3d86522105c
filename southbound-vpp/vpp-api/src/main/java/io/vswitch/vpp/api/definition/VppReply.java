package io.vswitch.vpp.api.definition;

/**
 * A reply to a {@link VppRequest}. A negative {@link #retval()} is an error from {@code vnet/api_errno.h}.
 */
public interface VppReply extends VppMessageBody {
    /**
     * VPP's return value: 0 on success, negative on error.
     */
    int retval();
}
