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
 * <p>Failures: {@link VppCallException} (negative {@code retval}), {@link VppTimeoutException},
 * {@link VppDisconnectedException}, {@link VppIncompatibleMessageException} (not sent),
 * {@link VppProtocolException}.
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
     * Sends a dump and completes with all its details, in VPP's order.
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
