package io.vswitch.vpp.api.client.impl;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.DecoderException;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageHeader;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.message.core.MessageTableEntry;
import io.vswitch.vpp.api.message.core.SockclntCreate;
import io.vswitch.vpp.api.message.core.SockclntCreateReply;
import io.vswitch.vpp.api.transport.VppFrames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The socket-client handshake's two messages, whose ids are fixed before any table exists: {@code sockclnt_create}
 * (id 15) and its reply (id 16) carrying VPP's {@code name_crc -> id} table. Their headers are irregular; the
 * codec's descriptors know them.
 */
final class Handshake {
    static final int CREATE_ID = 15;
    static final int CREATE_REPLY_ID = 16;
    /** The context of the handshake: any value but 0 does, VPP echoes it. */
    static final int CONTEXT = 0x5657_5343;

    private static final MessageRegistry REGISTRY = MessageRegistry.of(List.of(SockclntCreate.class,
        SockclntCreateReply.class));
    private static final MessageDescriptor<SockclntCreate> CREATE = REGISTRY.descriptor(SockclntCreate.class);
    private static final MessageDescriptor<SockclntCreateReply> REPLY =
        REGISTRY.descriptor(SockclntCreateReply.class);

    /**
     * The parsed reply.
     *
     * @param response VPP's status, negative on failure
     * @param clientIndex the handle to put in every request
     * @param messageIds VPP's {@code name_crc -> id} table
     */
    record Reply(int response, int clientIndex, Map<String, Integer> messageIds) {
        Reply {
            messageIds = Map.copyOf(messageIds);
        }
    }

    private Handshake() {
        // static helpers only
    }

    /**
     * Appends the {@code sockclnt_create} frame.
     *
     * @param out the buffer
     * @param clientName the name VPP shows for this client, at most 63 bytes
     */
    static void writeCreate(final ByteBuf out, final String clientName) {
        final int start = VppFrames.reserveHeader(out);
        CREATE.header().write(out, CREATE_ID, 0, CONTEXT);
        CREATE.encode(new SockclntCreate(clientName), out);
        VppFrames.completeHeader(out, start);
    }

    /**
     * Parses a {@code sockclnt_create_reply} payload.
     *
     * @param in the payload, from its message id
     * @return the reply
     * @throws IllegalArgumentException when the payload is truncated or its context is not ours
     */
    static Reply readCreateReply(final ByteBuf in) {
        final int start = in.readerIndex();
        final MessageHeader header = REPLY.header();
        if (in.readableBytes() < header.size()) {
            throw new IllegalArgumentException("Truncated sockclnt_create_reply");
        }
        final int context = in.getInt(start + header.contextOffset());
        if (context != CONTEXT) {
            throw new IllegalArgumentException("sockclnt_create_reply with context " + context + ", sent " + CONTEXT);
        }
        in.readerIndex(start + header.size());
        final SockclntCreateReply reply;
        try {
            reply = REPLY.decode(in);
        } catch (DecoderException e) {
            throw new IllegalArgumentException("Undecodable sockclnt_create_reply", e);
        }
        final Map<String, Integer> ids = new HashMap<>(reply.messageTable().size() * 2);
        for (MessageTableEntry entry : reply.messageTable()) {
            ids.put(entry.name(), entry.index());
        }
        return new Reply(reply.response(), reply.index(), ids);
    }
}
