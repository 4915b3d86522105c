package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;
import io.vswitch.vpp.api.transport.VppFrames;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sockclnt_delete}: {@code u16 id, u32 client_index, u32 context, u32 index}. Like VPP, answers
 * {@code response = 1} and closes the sender's connection when {@code index} names a live registration,
 * {@code -1} otherwise; no answer when {@code client_index} is not the sender's.
 */
final class SockclntDeleteRoute implements Route {
    static final String NAME = "sockclnt_delete";
    static final String REPLY_NAME = "sockclnt_delete_reply";
    private static final Logger LOG = LoggerFactory.getLogger(SockclntDeleteRoute.class);

    private final int replyId;
    private final IntPredicate liveRegistration;

    SockclntDeleteRoute(final int replyId, final IntPredicate liveRegistration) {
        this.replyId = replyId;
        this.liveRegistration = liveRegistration;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void handle(final Session session, final ByteBuf in) {
        final int clientIndex = in.readInt();
        final int context = in.readInt();
        final int index = in.readInt();
        if (clientIndex != session.clientIndex()) {
            LOG.warn("sockclnt_delete from client {} carries client_index {}: ignored",
                Integer.toHexString(session.clientIndex()), Integer.toHexString(clientIndex));
            return;
        }
        final boolean live = liveRegistration.test(index & ~Session.HANDLE_BIT);
        final ByteBuf out = session.out();
        final int start = VppFrames.reserveHeader(out);
        out.writeShort(replyId);
        out.writeInt(context);
        out.writeInt(live ? 1 : -1);
        VppFrames.completeHeader(out, start);
        if (live) {
            session.closeAfterFlush();
        }
    }
}
