package io.vswitch.vpp.api.definition;

/**
 * A dump request answered by zero or more details of type {@code D}, closed by {@code control_ping_reply}.
 *
 * @param <D> the details type
 */
public interface VppDump<D extends VppDetails> extends VppMessageBody {
}
