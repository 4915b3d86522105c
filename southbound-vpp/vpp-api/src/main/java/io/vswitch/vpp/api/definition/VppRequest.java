package io.vswitch.vpp.api.definition;

/**
 * A request answered by exactly one reply of type {@code R}.
 *
 * @param <R> the reply type
 */
public interface VppRequest<R extends VppReply> extends VppMessageBody {
}
