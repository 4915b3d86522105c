package io.vswitch.vpp.api.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelMetadata;
import io.netty.channel.ChannelPromise;
import io.netty.channel.DefaultChannelConfig;
import io.netty.channel.FileRegion;
import io.netty.channel.nio.AbstractNioByteChannel;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The JDK fallback for hosts without native epoll: a Netty NIO stream channel over a {@code java.nio} Unix domain
 * {@link SocketChannel} (JDK 16+), connecting to a {@link java.net.UnixDomainSocketAddress}. Netty 4.1's own
 * {@code NioSocketChannel} cannot, because it assumes an IP socket. Runs on a {@code NioEventLoopGroup}.
 */
public final class NioUnixDomainSocketChannel extends AbstractNioByteChannel {
    private static final ChannelMetadata METADATA = new ChannelMetadata(false, 16);

    private final ChannelConfig config = new DefaultChannelConfig(this);
    private volatile boolean inputShutdown;

    /**
     * A new, unconnected channel.
     */
    public NioUnixDomainSocketChannel() {
        this(null, openSocket());
    }

    /**
     * Wraps an accepted socket.
     *
     * @param parent the server channel that accepted it
     * @param socket the accepted socket
     */
    NioUnixDomainSocketChannel(final @Nullable Channel parent, final SocketChannel socket) {
        super(parent, socket);
    }

    private static SocketChannel openSocket() {
        try {
            return SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException e) {
            throw new ChannelException("Cannot open a Unix domain socket", e);
        }
    }

    @Override
    protected SocketChannel javaChannel() {
        return (SocketChannel) super.javaChannel();
    }

    @Override
    public ChannelConfig config() {
        return config;
    }

    @Override
    public ChannelMetadata metadata() {
        return METADATA;
    }

    @Override
    public boolean isActive() {
        final SocketChannel socket = javaChannel();
        return socket.isOpen() && socket.isConnected();
    }

    @Override
    protected boolean doConnect(final SocketAddress remoteAddress, final @Nullable SocketAddress localAddress)
            throws Exception {
        if (localAddress != null) {
            doBind(localAddress);
        }
        boolean success = false;
        try {
            final boolean connected = javaChannel().connect(remoteAddress);
            if (!connected) {
                selectionKey().interestOps(SelectionKey.OP_CONNECT);
            }
            success = true;
            return connected;
        } finally {
            if (!success) {
                doClose();
            }
        }
    }

    @Override
    protected void doFinishConnect() throws Exception {
        if (!javaChannel().finishConnect()) {
            throw new IOException("Connection not finished although the selector reported it");
        }
    }

    @Override
    protected void doBind(final SocketAddress localAddress) throws Exception {
        javaChannel().bind(localAddress);
    }

    @Override
    protected void doDisconnect() throws Exception {
        doClose();
    }

    @Override
    protected void doClose() throws Exception {
        super.doClose();
        javaChannel().close();
    }

    @Override
    protected @Nullable SocketAddress localAddress0() {
        try {
            return javaChannel().getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected @Nullable SocketAddress remoteAddress0() {
        try {
            return javaChannel().getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    protected int doReadBytes(final ByteBuf buf) throws Exception {
        final var allocHandle = unsafe().recvBufAllocHandle();
        allocHandle.attemptedBytesRead(buf.writableBytes());
        return buf.writeBytes(javaChannel(), allocHandle.attemptedBytesRead());
    }

    @Override
    protected int doWriteBytes(final ByteBuf buf) throws Exception {
        return buf.readBytes(javaChannel(), buf.readableBytes());
    }

    @Override
    protected long doWriteFileRegion(final FileRegion region) {
        throw new UnsupportedOperationException("File regions are not supported on this channel");
    }

    @Override
    protected boolean isInputShutdown0() {
        return inputShutdown;
    }

    @Override
    protected ChannelFuture shutdownInput() {
        final ChannelPromise promise = newPromise();
        if (eventLoop().inEventLoop()) {
            shutdownInput(promise);
        } else {
            eventLoop().execute(() -> shutdownInput(promise));
        }
        return promise;
    }

    private void shutdownInput(final ChannelPromise promise) {
        try {
            javaChannel().shutdownInput();
            inputShutdown = true;
            promise.setSuccess();
        } catch (IOException e) {
            promise.setFailure(e);
        }
    }
}
