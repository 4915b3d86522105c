package io.vswitch.vpp.api.definition;

/**
 * A message VPP pushes unasked after a {@code want_*_events} subscription.
 */
public interface VppEvent extends VppMessageBody {
}
