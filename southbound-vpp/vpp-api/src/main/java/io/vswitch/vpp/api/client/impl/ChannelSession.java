package io.vswitch.vpp.api.client.impl;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.vswitch.vpp.api.client.CompatibilityReport;
import io.vswitch.vpp.api.client.CompatibilityReport.Problem;
import io.vswitch.vpp.api.client.EventRegistration;
import io.vswitch.vpp.api.client.VppDisconnectedException;
import io.vswitch.vpp.api.client.VppIncompatibleMessageException;
import io.vswitch.vpp.api.client.VppSession;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageKind;
import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppEvent;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.SockclntDelete;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A {@link VppSession} over one handshaken channel: the caller's side. It checks a message is compatible, encodes
 * it on the caller's thread and hands it to the {@link SessionHandler} of the channel's pipeline.
 */
final class ChannelSession implements VppSession {
    private static final ControlPing PING = new ControlPing();

    private final Channel channel;
    private final SessionHandler handler;
    private final MessageTable table;
    private final RequestEncoder encoder;
    private final int clientIndex;
    private final Duration callTimeout;
    private final EventHandlers events;
    private final MessageTable.Route ping;
    private final MessageDescriptor<?> pingReply;

    ChannelSession(final Channel channel, final SessionHandler handler, final MessageTable table,
            final int clientIndex, final Duration callTimeout, final EventHandlers events) {
        this.channel = channel;
        this.handler = handler;
        this.table = table;
        this.encoder = new RequestEncoder(clientIndex);
        this.clientIndex = clientIndex;
        this.callTimeout = callTimeout;
        this.events = events;
        this.ping = route(PING, MessageKind.REQUEST);
        final MessageTable.Route reply = table.route(ping.descriptor().answerType());
        if (reply == null) {
            throw new IllegalArgumentException("The registry lacks control_ping_reply");
        }
        this.pingReply = reply.descriptor();
    }

    @Override
    public <R extends VppReply> CompletableFuture<R> call(final VppRequest<R> request) {
        return call(request, callTimeout);
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    public <R extends VppReply> CompletableFuture<R> call(final VppRequest<R> request, final Duration timeout) {
        final MessageTable.Route route = route(request, MessageKind.REQUEST);
        final Problem problem = route.problem();
        if (problem != null) {
            return CompletableFuture.failedFuture(new VppIncompatibleMessageException(problem));
        }
        final MessageDescriptor<?> descriptor = route.descriptor();
        @SuppressWarnings("unchecked")
        final Class<R> replyType = (Class<R>) answerType(descriptor);
        final ByteBuf frame = RequestEncoder.newBuffer();
        final int contextOffset;
        try {
            contextOffset = encoder.append(frame, route.id(), descriptor, request);
        } catch (RuntimeException e) {
            // the codec's IllegalArgumentException for an unencodable body, or any other failure of a
            // malformed record (a null component): the caller's mistake, reported through the future
            return CompletableFuture.failedFuture(e);
        }
        final PendingRequest<R> call = new PendingRequest<>(descriptor.name(), frame, contextOffset, replyType,
            timeout);
        handler.submit(call);
        return call.future();
    }

    @Override
    public <D extends VppDetails> CompletableFuture<List<D>> dump(final VppDump<D> request) {
        return dump(request, callTimeout);
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    public <D extends VppDetails> CompletableFuture<List<D>> dump(final VppDump<D> request, final Duration timeout) {
        final MessageTable.Route route = route(request, MessageKind.DUMP);
        final Problem problem = route.problem() != null ? route.problem() : ping.problem();
        if (problem != null) {
            return CompletableFuture.failedFuture(new VppIncompatibleMessageException(problem));
        }
        final MessageDescriptor<?> descriptor = route.descriptor();
        @SuppressWarnings("unchecked")
        final Class<D> detailsType = (Class<D>) answerType(descriptor);
        final ByteBuf frames = RequestEncoder.newBuffer();
        final int dumpContextOffset;
        final int pingContextOffset;
        try {
            dumpContextOffset = encoder.append(frames, route.id(), descriptor, request);
            pingContextOffset = encoder.append(frames, ping.id(), ping.descriptor(), PING);
        } catch (RuntimeException e) {
            // the codec's IllegalArgumentException for an unencodable body, or any other failure of a
            // malformed record (a null component): the caller's mistake, reported through the future
            return CompletableFuture.failedFuture(e);
        }
        final PendingDump<D> call = new PendingDump<>(descriptor.name(), frames, dumpContextOffset,
            pingContextOffset, detailsType, pingReply, timeout);
        handler.submit(call);
        return call.future();
    }

    @Override
    public <E extends VppEvent> EventRegistration onEvent(final Class<E> type, final Consumer<? super E> consumer) {
        return events.add(type, consumer);
    }

    @Override
    public CompatibilityReport compatibility() {
        return table.report();
    }

    @Override
    public int clientIndex() {
        return clientIndex;
    }

    @Override
    public boolean isOpen() {
        return handler.isOpen();
    }

    Channel channel() {
        return channel;
    }

    /**
     * Completes on the event loop when the session has ended, after every call has failed.
     *
     * @return why it ended
     */
    CompletableFuture<VppDisconnectedException> closeFuture() {
        return handler.closeFuture();
    }

    /**
     * Ends the registration with {@code sockclnt_delete}; the caller closes the channel afterwards.
     *
     * @param timeout how long to wait for the reply
     * @return completes when VPP confirmed ({@code response == 1}), fails otherwise
     */
    CompletableFuture<?> delete(final Duration timeout) {
        return call(new SockclntDelete(clientIndex), timeout);
    }

    private MessageTable.Route route(final Object message, final MessageKind expected) {
        final MessageTable.Route route = table.route(message.getClass());
        if (route == null || route.descriptor().kind() != expected) {
            throw new IllegalArgumentException(message.getClass().getName() + " is not a registered VPP "
                + expected.name().toLowerCase(Locale.ROOT) + " message");
        }
        return route;
    }

    private static Class<?> answerType(final MessageDescriptor<?> descriptor) {
        final Class<?> answer = descriptor.answerType();
        if (answer == null) {
            throw new IllegalStateException(descriptor.name() + " has no answer type");
        }
        return answer;
    }

    @Override
    public String toString() {
        return "VppSession{client index " + clientIndex + ", " + channel + (isOpen() ? "" : ", closed") + "}";
    }
}
