package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import java.util.List;

/**
 * The header of a message on the wire: {@code u16 _vl_msg_id} followed by the fields named here, then the body.
 * All integers big-endian. Offsets are from the start of the payload (the message id).
 */
public enum MessageHeader {
    /**
     * Requests and dumps: {@code u16 msg_id, u32 client_index, u32 context}; also {@code sockclnt_create_reply}.
     */
    CLIENT_INDEX_CONTEXT(List.of("client_index", "context"), 2, 6),
    /**
     * Replies and details: {@code u16 msg_id, u32 context}; also {@code sockclnt_create}.
     */
    CONTEXT(List.of("context"), -1, 2),
    /**
     * Events: {@code u16 msg_id, u32 client_index}, no context.
     */
    CLIENT_INDEX(List.of("client_index"), 2, -1);

    /**
     * The size of the message id field that starts every payload.
     */
    public static final int MSG_ID_SIZE = 2;

    private final List<String> fields;
    private final int clientIndexOffset;
    private final int contextOffset;

    MessageHeader(final List<String> fields, final int clientIndexOffset, final int contextOffset) {
        this.fields = fields;
        this.clientIndexOffset = clientIndexOffset;
        this.contextOffset = contextOffset;
    }

    /**
     * The VPP names of the header fields after {@code _vl_msg_id}, in wire order.
     */
    public List<String> fields() {
        return fields;
    }

    /**
     * The header size in bytes, message id included: where the body starts.
     */
    public int size() {
        return MSG_ID_SIZE + Integer.BYTES * fields.size();
    }

    /**
     * The offset of {@code u32 client_index}, or -1 when this header has none.
     */
    public int clientIndexOffset() {
        return clientIndexOffset;
    }

    /**
     * The offset of {@code u32 context}, or -1 when this header has none.
     */
    public int contextOffset() {
        return contextOffset;
    }

    /**
     * Whether the header carries a {@code context}.
     */
    public boolean hasContext() {
        return contextOffset >= 0;
    }

    /**
     * Writes this header; the values of fields it does not have are ignored.
     */
    public void write(final ByteBuf out, final int msgId, final int clientIndex, final int context) {
        out.writeShort(msgId);
        if (clientIndexOffset >= 0) {
            out.writeInt(clientIndex);
        }
        if (contextOffset >= 0) {
            out.writeInt(context);
        }
    }

    /**
     * The header with exactly these fields after the message id.
     *
     * @throws IllegalArgumentException if no header has them
     */
    public static MessageHeader ofFields(final List<String> fieldNames) {
        for (MessageHeader header : values()) {
            if (header.fields.equals(fieldNames)) {
                return header;
            }
        }
        throw new IllegalArgumentException("No message header has the fields " + fieldNames);
    }
}
