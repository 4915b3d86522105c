package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import io.vswitch.vpp.sim.spi.ClientSession;
import io.vswitch.vpp.sim.spi.RequestHandler;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.spi.VppError;
import io.vswitch.vpp.sim.state.SimState;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request with one reply. Like VPP's handlers (which look the client up only in {@code REPLY_MACRO}), a
 * request with an unknown {@code client_index} is still carried out; only its reply goes nowhere.
 *
 * @param <Q> the request type
 * @param <R> the reply type
 */
final class RequestRoute<Q extends VppRequest<R>, R extends VppReply> implements Route {
    private static final Logger LOG = LoggerFactory.getLogger(RequestRoute.class);

    private final MessageDescriptor<Q> request;
    private final MessageDescriptor<R> reply;
    private final int replyId;
    private final RequestHandler<Q, R> handler;
    private final SimState state;
    private final FaultPlan faults;
    private final ZeroMessages zeros;

    RequestRoute(final MessageDescriptor<Q> request, final MessageDescriptor<R> reply, final int replyId,
            final RequestHandler<Q, R> handler, final SimState state, final FaultPlan faults,
            final ZeroMessages zeros) {
        this.request = request;
        this.reply = reply;
        this.replyId = replyId;
        this.handler = handler;
        this.state = state;
        this.faults = faults;
        this.zeros = zeros;
    }

    @Override
    public String name() {
        return request.name();
    }

    @Override
    public void handle(final Session session, final ByteBuf in) {
        final int clientIndex = in.readInt();
        final int context = in.readInt();
        final Q body = request.decode(in);
        final boolean known = clientIndex == session.clientIndex();
        if (!known) {
            LOG.warn("{} from client {} carries client_index {}: handled, no reply", name(),
                Integer.toHexString(session.clientIndex()), Integer.toHexString(clientIndex));
        }
        boolean drop = !known;
        if (faults.armed()) {
            final OptionalInt failure = faults.takeFailure(name());
            if (failure.isPresent()) {
                if (known) {
                    session.write(replyId, context, reply, zeros.withRetval(reply, failure.getAsInt()));
                }
                return;
            }
            drop |= faults.takeDrop(name());
        }
        final ClientSession caller = known ? session : new DetachedSession(clientIndex);
        final R answer = invoke(body, new SimCall(caller, state));
        if (!drop) {
            session.write(replyId, context, reply, answer);
        }
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private R invoke(final Q body, final SimCall call) {
        try {
            return handler.handle(body, call);
        } catch (VppError e) {
            LOG.debug("{} failed with {}: {}", name(), e.retval(), e.getMessage());
            return zeros.withRetval(reply, e.retval());
        } catch (RuntimeException e) {
            LOG.error("Handler of {} failed on {}; answering -1", name(), body, e);
            return zeros.withRetval(reply, -1);
        }
    }
}
