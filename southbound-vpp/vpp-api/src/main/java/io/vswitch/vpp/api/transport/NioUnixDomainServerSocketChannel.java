package io.vswitch.vpp.api.transport;

import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelMetadata;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.DefaultChannelConfig;
import io.netty.channel.ServerChannel;
import io.netty.channel.nio.AbstractNioMessageChannel;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The JDK fallback's listening side: accepts {@link NioUnixDomainSocketChannel}s on a {@code java.nio} Unix domain
 * {@link ServerSocketChannel}. Like the JDK, it does not remove the socket file on close.
 */
public final class NioUnixDomainServerSocketChannel extends AbstractNioMessageChannel implements ServerChannel {
    private static final ChannelMetadata METADATA = new ChannelMetadata(false, 16);
    private static final int BACKLOG = 128;

    private final ChannelConfig config = new DefaultChannelConfig(this);

    /**
     * A new, unbound server channel.
     */
    public NioUnixDomainServerSocketChannel() {
        super(null, openServerSocket(), SelectionKey.OP_ACCEPT);
    }

    private static ServerSocketChannel openServerSocket() {
        try {
            return ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException e) {
            throw new ChannelException("Cannot open a Unix domain server socket", e);
        }
    }

    @Override
    protected ServerSocketChannel javaChannel() {
        return (ServerSocketChannel) super.javaChannel();
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
        return isOpen() && localAddress0() != null;
    }

    @Override
    protected int doReadMessages(final List<Object> buf) throws Exception {
        final SocketChannel accepted = javaChannel().accept();
        if (accepted == null) {
            return 0;
        }
        buf.add(new NioUnixDomainSocketChannel(this, accepted));
        return 1;
    }

    @Override
    protected void doBind(final SocketAddress localAddress) throws Exception {
        javaChannel().bind(localAddress, BACKLOG);
    }

    @Override
    protected void doClose() throws Exception {
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
        return null;
    }

    // A listening channel only accepts: Netty's server channels refuse connect, disconnect and writes the same way.
    @Override
    protected boolean doConnect(final SocketAddress remoteAddress, final @Nullable SocketAddress localAddress) {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void doFinishConnect() {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void doDisconnect() {
        throw new UnsupportedOperationException();
    }

    @Override
    protected boolean doWriteMessage(final Object msg, final ChannelOutboundBuffer in) {
        throw new UnsupportedOperationException();
    }

    @Override
    protected Object filterOutboundMessage(final Object msg) {
        throw new UnsupportedOperationException();
    }
}
