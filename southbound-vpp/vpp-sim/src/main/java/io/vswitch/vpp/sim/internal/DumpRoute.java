package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.sim.spi.DumpHandler;
import io.vswitch.vpp.sim.spi.SimCall;
import io.vswitch.vpp.sim.state.SimState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dump: details now, the closing {@code control_ping_reply} when the client's ping arrives. VPP's dump handlers
 * look the client up first, so a dump with an unknown {@code client_index} does nothing.
 *
 * @param <Q> the dump type
 * @param <D> the details type
 */
final class DumpRoute<Q extends VppDump<D>, D extends VppDetails> implements Route {
    private static final Logger LOG = LoggerFactory.getLogger(DumpRoute.class);

    private final MessageDescriptor<Q> request;
    private final MessageDescriptor<D> details;
    private final int detailsId;
    private final DumpHandler<Q, D> handler;
    private final SimState state;
    private final FaultPlan faults;

    DumpRoute(final MessageDescriptor<Q> request, final MessageDescriptor<D> details, final int detailsId,
            final DumpHandler<Q, D> handler, final SimState state, final FaultPlan faults) {
        this.request = request;
        this.details = details;
        this.detailsId = detailsId;
        this.handler = handler;
        this.state = state;
        this.faults = faults;
    }

    @Override
    public String name() {
        return request.name();
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    public void handle(final Session session, final ByteBuf in) {
        final int clientIndex = in.readInt();
        final int context = in.readInt();
        final Q body = request.decode(in);
        if (clientIndex != session.clientIndex()) {
            LOG.warn("{} from client {} carries client_index {}: ignored", name(),
                Integer.toHexString(session.clientIndex()),
                Integer.toHexString(clientIndex));
            return;
        }
        if (faults.armed() && (faults.takeFailure(name()).isPresent() || faults.takeDrop(name()))) {
            return;
        }
        try {
            handler.handle(body, new SimCall(session, state), item -> session.write(detailsId, context, details, item));
        } catch (RuntimeException e) {
            LOG.error("Handler of {} failed on {}; details may be incomplete", name(), body, e);
        }
    }
}
