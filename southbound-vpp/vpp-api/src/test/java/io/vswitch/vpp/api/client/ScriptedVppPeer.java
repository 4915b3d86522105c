package io.vswitch.vpp.api.client;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.vswitch.vpp.api.codec.MessageDescriptor;
import io.vswitch.vpp.api.codec.MessageRegistry;
import io.vswitch.vpp.api.message.core.SockclntDelete;
import io.vswitch.vpp.api.message.core.SockclntDeleteReply;
import io.vswitch.vpp.api.transport.UnixDomainTransport;
import io.vswitch.vpp.api.transport.VppFrameDecoder;
import io.vswitch.vpp.api.transport.VppFrames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A test fixture, not a simulator: a tiny Unix-socket server speaking the wire protocol, answering the handshake
 * from a message table built from a registry (with messages removed or their CRCs changed on demand), and handing
 * every other request to the test's script. It knows no VPP semantics.
 */
final class ScriptedVppPeer implements AutoCloseable {
    /** One decoded request. */
    record Request(MessageDescriptor<?> descriptor, int clientIndex, int context, Object body) {
        <T> T body(final Class<T> type) {
            return type.cast(body);
        }
    }

    /** The connection a request came on: the script answers through it. */
    interface Link {
        void reply(int context, Object body);

        void event(Object body);

        void flush();

        void close();
    }

    static final int CLIENT_INDEX = 0x8000_0007;
    private static final int FIRST_ID = 100;
    private static final int NAME_LENGTH = 64;

    private final MessageRegistry registry;
    private final Map<String, Integer> table = new LinkedHashMap<>();
    private final Map<Integer, MessageDescriptor<?>> byId = new HashMap<>();
    private final Map<Class<?>, Integer> idByType = new HashMap<>();
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final AtomicInteger handshakes = new AtomicInteger();
    private final List<String> clientNames = new CopyOnWriteArrayList<>();
    private final AtomicInteger handshakesToIgnore = new AtomicInteger();
    private final AtomicInteger deletes = new AtomicInteger();
    private final EventLoopGroup group;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final UnixDomainTransport transport;
    private final Path socket;
    private volatile BiConsumer<Request, Link> script = (request, link) -> { };
    private Channel server;

    ScriptedVppPeer(final Path socket, final MessageRegistry registry, final UnixDomainTransport transport) {
        this.socket = socket;
        this.registry = registry;
        this.transport = transport;
        this.group = transport.newEventLoopGroup(1, new DefaultThreadFactory("peer", true));
        int next = FIRST_ID;
        for (MessageDescriptor<?> descriptor : registry.all()) {
            final int id = next++;
            table.put(descriptor.nameCrc(), id);
            byId.put(id, descriptor);
            idByType.put(descriptor.type(), id);
        }
    }

    /** Makes VPP lack a message. */
    ScriptedVppPeer without(final String name) {
        table.keySet().removeIf(nameCrc -> nameCrc.equals(nameCrcOf(name)));
        return this;
    }

    /** Makes VPP define a message with another CRC. */
    ScriptedVppPeer withCrc(final String name, final String crc) {
        final Integer id = table.remove(nameCrcOf(name));
        table.put(name + "_" + crc, id);
        return this;
    }

    /** Makes VPP leave the next handshakes unanswered. */
    ScriptedVppPeer ignoreHandshakes(final int count) {
        handshakesToIgnore.set(count);
        return this;
    }

    ScriptedVppPeer script(final BiConsumer<Request, Link> newScript) {
        this.script = newScript;
        return this;
    }

    ScriptedVppPeer start() throws InterruptedException {
        server = transport.newServerBootstrap(group).childHandler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(final Channel ch) {
                connections.add(ch);
                ch.pipeline().addLast(new VppFrameDecoder(), new Connection());
            }
        }).bind(transport.address(socket)).sync().channel();
        return this;
    }

    /** Stops listening and drops every connection, as a VPP crash would. */
    void stop() throws InterruptedException, IOException {
        if (server != null) {
            server.close().sync();
            server = null;
        }
        connections.close().sync();
        Files.deleteIfExists(socket);
    }

    void dropConnections() throws InterruptedException {
        connections.close().sync();
    }

    BlockingQueue<Request> received() {
        return received;
    }

    int handshakes() {
        return handshakes.get();
    }

    List<String> clientNames() {
        return clientNames;
    }

    int deletes() {
        return deletes.get();
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping", e);
        }
    }

    private String nameCrcOf(final String name) {
        return registry.all().stream().filter(descriptor -> descriptor.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(name)).nameCrc();
    }

    private final class Connection extends SimpleChannelInboundHandler<ByteBuf> implements Link {
        private ChannelHandlerContext ctx;

        @Override
        public void handlerAdded(final ChannelHandlerContext context) {
            ctx = context;
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext context, final ByteBuf msg) {
            final int id = msg.readUnsignedShort();
            if (id == 15) {
                final int handshakeContext = msg.readInt();
                clientNames.add(msg.readCharSequence(msg.indexOf(msg.readerIndex(), msg.writerIndex(), (byte) 0)
                    - msg.readerIndex(), StandardCharsets.US_ASCII).toString());
                handshake(handshakeContext, context);
                return;
            }
            final MessageDescriptor<?> descriptor = byId.get(id);
            if (descriptor == null || !table.containsValue(id)) {
                return;
            }
            final int clientIndex = msg.readInt();
            final int context32 = msg.readInt();
            final Object body = descriptor.decode(msg);
            if (body instanceof SockclntDelete) {
                deletes.incrementAndGet();
                reply(context32, new SockclntDeleteReply(1));
                return;
            }
            final Request request = new Request(descriptor, clientIndex, context32, body);
            received.add(request);
            script.accept(request, this);
        }

        @Override
        public void channelReadComplete(final ChannelHandlerContext context) {
            context.flush();
        }

        private void handshake(final int context, final ChannelHandlerContext context2) {
            handshakes.incrementAndGet();
            if (handshakesToIgnore.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                return;
            }
            final ByteBuf out = context2.alloc().buffer();
            final int start = VppFrames.reserveHeader(out);
            out.writeShort(16).writeInt(0).writeInt(context).writeInt(0).writeInt(CLIENT_INDEX)
                .writeShort(table.size());
            table.forEach((nameCrc, id) -> {
                out.writeShort(id);
                final byte[] name = nameCrc.getBytes(StandardCharsets.US_ASCII);
                out.writeBytes(name).writeZero(NAME_LENGTH - name.length);
            });
            VppFrames.completeHeader(out, start);
            context2.writeAndFlush(out);
        }

        @Override
        public void reply(final int context, final Object body) {
            write(body, context);
        }

        @Override
        public void event(final Object body) {
            write(body, CLIENT_INDEX);
        }

        private void write(final Object body, final int contextOrIndex) {
            final Integer id = idByType.get(body.getClass());
            final MessageDescriptor<?> descriptor = registry.descriptor(body.getClass());
            final ByteBuf out = ctx.alloc().buffer();
            final int start = VppFrames.reserveHeader(out);
            // replies and details carry the context, events the client index: both a u32 after the id
            out.writeShort(id).writeInt(contextOrIndex);
            encode(descriptor, body, out);
            VppFrames.completeHeader(out, start);
            ctx.write(out);
        }

        @Override
        public void flush() {
            ctx.flush();
        }

        @Override
        public void close() {
            ctx.close();
        }
    }

    private static <T> void encode(final MessageDescriptor<T> descriptor, final Object body, final ByteBuf out) {
        descriptor.encode(descriptor.type().cast(body), out);
    }

    static List<String> names(final CompatibilityReport report) {
        return report.problems().stream().map(CompatibilityReport.Problem::name).toList();
    }
}
