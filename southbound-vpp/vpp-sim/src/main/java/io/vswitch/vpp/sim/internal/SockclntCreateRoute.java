package io.vswitch.vpp.sim.internal;

import io.netty.buffer.ByteBuf;
import io.vswitch.vpp.api.transport.VppFrames;
import java.nio.charset.StandardCharsets;

/**
 * The handshake, handled on the raw bytes because its header is unlike any other's: the request is
 * {@code u16 id, u32 context, char name[64]} (no client_index), the reply
 * {@code u16 id, u32 client_index, u32 context, i32 response, u32 index, u16 count, {u16 id, char name[64]}...}.
 */
final class SockclntCreateRoute implements Route {
    static final String NAME = "sockclnt_create";
    static final String REPLY_NAME = "sockclnt_create_reply";
    private static final int NAME_LENGTH = 64;

    private final int replyId;
    private final int count;
    private final byte[] encodedTable;

    SockclntCreateRoute(final int replyId, final MessageTable table) {
        this.replyId = replyId;
        this.count = table.entries().size();
        this.encodedTable = table.encodedEntries();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void handle(final Session session, final ByteBuf in) {
        final int context = in.readInt();
        final ByteBuf nameField = in.readSlice(NAME_LENGTH);
        int end = nameField.indexOf(0, NAME_LENGTH, (byte) 0);
        if (end < 0) {
            end = NAME_LENGTH;
        }
        session.setName(nameField.toString(0, end, StandardCharsets.US_ASCII));
        final ByteBuf out = session.out();
        final int start = VppFrames.reserveHeader(out);
        out.writeShort(replyId);
        out.writeInt(0);
        out.writeInt(context);
        out.writeInt(0);
        out.writeInt(session.clientIndex());
        out.writeShort(count);
        out.writeBytes(encodedTable);
        VppFrames.completeHeader(out, start);
    }
}
