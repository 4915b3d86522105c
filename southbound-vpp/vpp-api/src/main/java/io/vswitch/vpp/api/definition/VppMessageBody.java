package io.vswitch.vpp.api.definition;

/**
 * A record annotated with {@link VppMessage}: the body of one VPP API message.
 */
public interface VppMessageBody {
}
