package io.vswitch.vpp.api.client;

import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Requests, dumps and events of VPP's binary API. Every method returns at once and never blocks the caller: the
 * request is queued and sent by the connection's event loop, many per write. Futures complete on that event loop:
 * dependent actions must not block (use the {@code *Async} variants for heavy work).
 *
 * <p>The futures fail with {@link VppCallException} (negative {@code retval}), {@link VppTimeoutException}
 * (no answer within the timeout, counted from the moment the request is written), {@link VppDisconnectedException},
 * {@link VppIncompatibleMessageException} (not sent: at once), {@link VppProtocolException}, or
 * {@link IllegalArgumentException} (a message the codec cannot encode, such as a string too long: not sent, at
 * once). A message whose record the client's registry lacks is a programming error: the call throws
 * {@link IllegalArgumentException}.
 *
 * <p>Requests from one thread are sent in the order of the calls; VPP executes them in that order.
 */
public interface VppApi {
    /**
     * Sends a request and completes with its reply, or fails if {@code retval} is negative.
     *
     * @param <R> the reply type
     * @param request the request
     * @return the reply
     */
    <R extends VppReply> CompletableFuture<R> call(VppRequest<R> request);

    /**
     * Like {@link #call(VppRequest)} with a timeout other than the configured one.
     *
     * @param <R> the reply type
     * @param request the request
     * @param timeout how long the sent request may wait for its reply
     * @return the reply
     */
    <R extends VppReply> CompletableFuture<R> call(VppRequest<R> request, Duration timeout);

    /**
     * Sends a dump, then a {@code control_ping} with the same context, and completes with all the details that
     * came before the ping's reply, in VPP's order. The timeout runs from the last message received.
     *
     * @param <D> the details type
     * @param request the dump
     * @return the details, possibly empty
     */
    <D extends VppDetails> CompletableFuture<List<D>> dump(VppDump<D> request);

    /**
     * Like {@link #dump(VppDump)} with a timeout other than the configured one.
     *
     * @param <D> the details type
     * @param request the dump
     * @param timeout how long the sent dump may wait for its end
     * @return the details, possibly empty
     */
    <D extends VppDetails> CompletableFuture<List<D>> dump(VppDump<D> request, Duration timeout);

    /**
     * Delivers every event of a type that VPP pushes (after a {@code want_*_events} request). The handler runs on
     * the event loop, in arrival order, and must not block.
     *
     * @param <E> the event type
     * @param type the event class
     * @param handler receives the events
     * @return the registration, to stop deliveries
     */
    <E extends VppEvent> EventRegistration onEvent(Class<E> type, Consumer<? super E> handler);
}
