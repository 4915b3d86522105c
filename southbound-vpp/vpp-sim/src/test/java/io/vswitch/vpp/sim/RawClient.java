package io.vswitch.vpp.sim;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageHeader;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.definition.VppDetails;
import io.vswitch.vpp.api.definition.VppDump;
import io.vswitch.vpp.api.definition.VppMessageBody;
import io.vswitch.vpp.api.definition.VppReply;
import io.vswitch.vpp.api.definition.VppRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal, blocking, framing-level VPP API client for the simulator's own tests: it speaks the wire format with
 * the project's codec but shares no code with the production client, so that the simulator is tested against
 * the protocol, not against another implementation's assumptions.
 */
final class RawClient implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int SOCKCLNT_CREATE = 15;
    private static final int SOCKCLNT_CREATE_REPLY = 16;
    private static final int HEADER = 16;

    /**
     * One received message.
     *
     * @param id the message id
     * @param payload the payload after the id
     */
    record Frame(int id, ByteBuf payload) {
    }

    private final SocketChannel channel;
    private final MessageRegistry registry;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private int clientIndex;
    private int nextContext = 1;
    private volatile boolean closed;

    private RawClient(final SocketChannel channel, final MessageRegistry registry) {
        this.channel = channel;
        this.registry = registry;
        this.reader = new Thread(this::readLoop, "raw-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Connects without the handshake.
     */
    static RawClient open(final Path socket, final MessageRegistry registry) throws IOException {
        final SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return new RawClient(channel, registry);
    }

    /**
     * Connects and performs the handshake.
     */
    static RawClient connect(final Path socket, final MessageRegistry registry) throws IOException {
        final RawClient client = open(socket, registry);
        client.handshake("raw-test-client", 0x1234);
        return client;
    }

    /**
     * Sends sockclnt_create and reads the table from the reply.
     */
    ByteBuf handshake(final String name, final int context) {
        final ByteBuf out = Unpooled.buffer();
        out.writeShort(SOCKCLNT_CREATE);
        out.writeInt(context);
        final byte[] nameBytes = new byte[64];
        final byte[] given = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(given, 0, nameBytes, 0, given.length);
        out.writeBytes(nameBytes);
        send(out);
        final Frame reply = next();
        if (reply.id() != SOCKCLNT_CREATE_REPLY) {
            throw new IllegalStateException("Expected sockclnt_create_reply, got id " + reply.id());
        }
        final ByteBuf in = reply.payload().duplicate();
        in.readInt(); // client_index
        in.readInt(); // context
        in.readInt(); // response
        clientIndex = in.readInt();
        final int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            final int id = in.readUnsignedShort();
            final ByteBuf nameField = in.readSlice(64);
            int end = nameField.indexOf(0, 64, (byte) 0);
            final String nameCrc = nameField.toString(0, end < 0 ? 64 : end, StandardCharsets.US_ASCII);
            ids.put(nameCrc, id);
            names.put(id, nameCrc);
        }
        return reply.payload();
    }

    Map<String, Integer> ids() {
        return ids;
    }

    int clientIndex() {
        return clientIndex;
    }

    int id(final Class<? extends VppMessageBody> type) {
        final String nameCrc = registry.descriptor(type).nameCrc();
        final Integer id = ids.get(nameCrc);
        if (id == null) {
            throw new IllegalStateException(nameCrc + " is not in the simulator's table");
        }
        return id;
    }

    /**
     * Frames and sends a payload (starting with the message id).
     */
    void send(final ByteBuf payload) {
        final ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.readableBytes());
        frame.putLong(0).putInt(payload.readableBytes()).putInt(0);
        payload.readBytes(frame);
        frame.flip();
        try {
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Encodes a request or dump with an explicit header.
     */
    <T extends VppMessageBody> ByteBuf encode(final T body, final int clientIdx, final int context) {
        @SuppressWarnings("unchecked")
        final MessageDescriptor<T> descriptor = registry.descriptor((Class<T>) body.getClass());
        final ByteBuf out = Unpooled.buffer();
        out.writeShort(id(descriptor.type()));
        out.writeInt(clientIdx);
        out.writeInt(context);
        descriptor.encode(body, out);
        return out;
    }

    int newContext() {
        return nextContext++;
    }

    /**
     * Sends a request with our client index and a fresh context; returns the context.
     */
    int sendRequest(final VppMessageBody body) {
        final int context = newContext();
        send(encode(body, clientIndex, context));
        return context;
    }

    /**
     * Sends a request and waits for its reply (events in between are kept for {@link #next()}).
     */
    <R extends VppReply> R call(final VppRequest<R> request) {
        final int context = sendRequest(request);
        final MessageDescriptor<?> descriptor = registry.descriptor(request.getClass());
        @SuppressWarnings("unchecked")
        final Class<R> replyType = (Class<R>) descriptor.answerType();
        return expectReply(replyType, context);
    }

    <R extends VppMessageBody> R expectReply(final Class<R> replyType, final int context) {
        final List<Frame> others = new ArrayList<>();
        try {
            while (true) {
                final Frame frame = next();
                if (frame.id() == id(replyType)) {
                    final ByteBuf in = frame.payload().duplicate();
                    final int got = in.readInt();
                    if (got == context) {
                        return registry.descriptor(replyType).decode(in);
                    }
                }
                others.add(frame);
            }
        } finally {
            pushBack(others);
        }
    }

    private void pushBack(final List<Frame> others) {
        if (!others.isEmpty()) {
            final List<Frame> rest = new ArrayList<>();
            frames.drainTo(rest);
            frames.addAll(others);
            frames.addAll(rest);
        }
    }

    /**
     * Sends a dump and a control_ping, collects the details until the ping's reply.
     */
    <D extends VppDetails> List<D> dump(final VppDump<D> request,
            final VppRequest<? extends VppReply> controlPing) {
        final int context = sendRequest(request);
        final int pingContext = sendRequest(controlPing);
        final MessageDescriptor<?> descriptor = registry.descriptor(request.getClass());
        @SuppressWarnings("unchecked")
        final Class<D> detailsType = (Class<D>) descriptor.answerType();
        final int pingReplyId = id(registry.descriptor(controlPing.getClass()).answerType());
        final List<D> details = new ArrayList<>();
        final List<Frame> others = new ArrayList<>();
        try {
            while (true) {
                final Frame frame = next();
                final ByteBuf in = frame.payload().duplicate();
                if (frame.id() == pingReplyId && in.getInt(in.readerIndex()) == pingContext) {
                    return details;
                }
                final MessageHeader header = registry.descriptor(detailsType).header();
                if (frame.id() == id(detailsType) && in.getInt(in.readerIndex() + header.contextOffset()
                        - MessageHeader.MSG_ID_SIZE) == context) {
                    // a few details have the client index before the context, as VPP defines them
                    in.skipBytes(header.size() - MessageHeader.MSG_ID_SIZE);
                    details.add(registry.descriptor(detailsType).decode(in));
                } else {
                    others.add(frame);
                }
            }
        } finally {
            pushBack(others);
        }
    }

    /**
     * The next received message.
     */
    Frame next() {
        return poll(TIMEOUT).orElseThrow(() -> new IllegalStateException("Nothing received within " + TIMEOUT));
    }

    /**
     * The next received message, if one arrives in time.
     */
    java.util.Optional<Frame> poll(final Duration timeout) {
        try {
            return java.util.Optional.ofNullable(frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Decodes a received message of a known type (header skipped according to its kind).
     */
    <T extends VppMessageBody> T decode(final Frame frame, final Class<T> type) {
        final MessageDescriptor<T> descriptor = registry.descriptor(type);
        if (frame.id() != id(type)) {
            throw new IllegalStateException("Frame id " + frame.id() + " (" + names.get(frame.id()) + ") is not "
                + descriptor.nameCrc());
        }
        final ByteBuf in = frame.payload().duplicate();
        in.skipBytes(descriptor.header().size() - MessageHeader.MSG_ID_SIZE);
        return descriptor.decode(in);
    }

    String nameOf(final Frame frame) {
        return names.getOrDefault(frame.id(), "?" + frame.id());
    }

    /**
     * Whether the server closed the connection.
     */
    boolean isClosedByPeer() {
        return closed;
    }

    /**
     * Waits until the server closes the connection; true if it did within the timeout.
     */
    boolean awaitClosedByPeer(final Duration timeout) {
        try {
            reader.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return closed;
    }

    private void readLoop() {
        final ByteBuffer header = ByteBuffer.allocate(HEADER);
        try {
            while (true) {
                header.clear();
                if (!readFully(header)) {
                    break;
                }
                final int length = header.getInt(8);
                final ByteBuffer body = ByteBuffer.allocate(length);
                if (!readFully(body)) {
                    break;
                }
                body.flip();
                final ByteBuf payload = Unpooled.wrappedBuffer(body);
                final int id = payload.readUnsignedShort();
                frames.add(new Frame(id, payload.slice()));
            }
        } catch (IOException e) {
            // closed
        } finally {
            closed = true;
        }
    }

    private boolean readFully(final ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
