package io.vswitch.vpp.api.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Frames echoed over a real Unix socket, for every client/server combination of transports.
 */
class UnixDomainTransportTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "client {0}, server {1}")
    @CsvSource({"EPOLL, EPOLL", "NIO, EPOLL", "EPOLL, NIO", "NIO, NIO"})
    void echoesFramesBothWays(final UnixDomainTransport clientTransport, final UnixDomainTransport serverTransport)
            throws Exception {
        assumeTrue(clientTransport == UnixDomainTransport.NIO && serverTransport == UnixDomainTransport.NIO
            || Epoll.isAvailable(), "native epoll unavailable");
        final Path socket = dir.resolve("echo.sock");
        final EventLoopGroup serverGroup = serverTransport.newEventLoopGroup(1, new DefaultThreadFactory("srv"));
        final EventLoopGroup clientGroup = clientTransport.newEventLoopGroup(1, new DefaultThreadFactory("cli"));
        try {
            final Channel server = serverTransport.newServerBootstrap(serverGroup)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(final Channel ch) {
                        ch.pipeline().addLast(new VppFrameDecoder(), new VppFrameEncoder(), new Echo());
                    }
                })
                .bind(serverTransport.address(socket)).sync().channel();
            final LinkedBlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
            final Bootstrap bootstrap = clientTransport.newBootstrap(clientGroup).handler(new ChannelInitializer<>() {
                @Override
                protected void initChannel(final Channel ch) {
                    ch.pipeline().addLast(new VppFrameDecoder(), new VppFrameEncoder(), new Collect(received));
                }
            });
            final Channel client = bootstrap.connect(clientTransport.address(socket)).sync().channel();

            final Random random = new Random(7);
            final List<byte[]> sent = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                sent.add(randomBytes(random, 2 + random.nextInt(300)));
            }
            sent.add(randomBytes(random, 1024 * 1024));
            for (byte[] payload : sent) {
                client.write(Unpooled.wrappedBuffer(payload));
            }
            client.flush();
            for (int i = 0; i < sent.size(); i++) {
                final byte[] echoed = received.poll(30, TimeUnit.SECONDS);
                assertArrayEquals(sent.get(i), echoed, "message " + i);
            }
            client.close().sync();
            server.close().sync();
            assertEquals(0, received.size());
        } finally {
            clientGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
            serverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    private static byte[] randomBytes(final Random random, final int length) {
        final byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static final class Echo extends SimpleChannelInboundHandler<ByteBuf> {
        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final ByteBuf msg) {
            ctx.write(msg.retain());
        }

        @Override
        public void channelReadComplete(final ChannelHandlerContext ctx) {
            ctx.flush();
        }
    }

    private static final class Collect extends SimpleChannelInboundHandler<ByteBuf> {
        private final LinkedBlockingQueue<byte[]> received;

        Collect(final LinkedBlockingQueue<byte[]> received) {
            this.received = received;
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final ByteBuf msg) {
            received.add(ByteBufUtil.getBytes(msg));
        }
    }
}
