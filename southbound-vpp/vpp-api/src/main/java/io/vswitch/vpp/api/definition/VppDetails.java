package io.vswitch.vpp.api.definition;

/**
 * One element of a {@link VppDump}'s answer.
 */
public interface VppDetails extends VppMessageBody {
}
