package io.vswitch.vpp.api.codec;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.DecoderException;
import io.vswitch.vpp.api.definition.VppMessageBody;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Everything about one message type: its VPP identity, its kind and header, and the precompiled codec of its
 * body. Immutable and thread-safe; obtained from a {@link MessageRegistry}.
 *
 * @param <T> the message record, a {@link VppMessageBody}
 */
public final class MessageDescriptor<T> {
    private final String name;
    private final String crc;
    private final String nameCrc;
    private final String area;
    private final Class<T> type;
    private final MessageKind kind;
    private final MessageHeader header;
    private final @Nullable Class<? extends VppMessageBody> answerType;
    private final RecordCodec codec;

    MessageDescriptor(final String name, final String crc, final String area, final Class<T> type,
            final MessageKind kind, final MessageHeader header,
            final @Nullable Class<? extends VppMessageBody> answerType, final RecordCodec codec) {
        this.name = name;
        this.crc = crc;
        this.nameCrc = name + "_" + crc;
        this.area = area;
        this.type = type;
        this.kind = kind;
        this.header = header;
        this.answerType = answerType;
        this.codec = codec;
    }

    /**
     * The VPP message name, e.g. {@code ip_route_add_del}.
     */
    public String name() {
        return name;
    }

    /**
     * The definition's CRC, eight lower-case hex digits, e.g. {@code b8ecfe0d}.
     */
    public String crc() {
        return crc;
    }

    /**
     * The key of VPP's message table, e.g. {@code ip_route_add_del_b8ecfe0d}.
     */
    public String nameCrc() {
        return nameCrc;
    }

    /**
     * The feature area that needs this message, e.g. {@code l3}.
     */
    public String area() {
        return area;
    }

    /**
     * The message record.
     */
    public Class<T> type() {
        return type;
    }

    /**
     * The message's role.
     */
    public MessageKind kind() {
        return kind;
    }

    /**
     * The header that precedes the body on the wire; usually {@code kind().defaultHeader()}.
     */
    public MessageHeader header() {
        return header;
    }

    /**
     * The reply record of a {@link MessageKind#REQUEST}, the details record of a {@link MessageKind#DUMP}, else
     * {@code null}.
     */
    public @Nullable Class<? extends VppMessageBody> answerType() {
        return answerType;
    }

    /**
     * Writes the body fields (everything after the header) of a message.
     *
     * @throws IllegalArgumentException if the body cannot be encoded as it is (a string too long, a fixed array
     *     of the wrong length, a count field that does not match its array); {@code out} may then hold part of
     *     the body and must be discarded
     */
    public void encode(final T body, final ByteBuf out) {
        codec.write(body, out);
    }

    /**
     * Writes the body of a message known only as a {@link VppMessageBody}.
     *
     * @throws ClassCastException if {@code body} is not a {@link #type()}
     */
    public void encodeAny(final VppMessageBody body, final ByteBuf out) {
        encode(type.cast(body), out);
    }

    /**
     * Reads the body fields of a message whose header has already been read; bytes after the body are left
     * unread.
     *
     * @throws DecoderException if the body is truncated or inconsistent
     */
    public T decode(final ByteBuf in) {
        try {
            return type.cast(codec.read(in));
        } catch (IndexOutOfBoundsException e) {
            throw new DecoderException("Truncated " + nameCrc, e);
        }
    }

    @Override
    public String toString() {
        return nameCrc + " (" + kind + ", " + type.getSimpleName() + ")";
    }
}
