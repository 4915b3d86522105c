package io.vswitch.vpp.api.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;

/**
 * The two ways this code speaks over a Unix stream socket: Netty's native epoll domain sockets, and the JDK's
 * {@code java.nio} Unix domain sockets ({@link NioUnixDomainSocketChannel}) where the native library is missing.
 * Each constant makes matching event loops, bootstraps and addresses; the two must not be mixed.
 */
public enum UnixDomainTransport {
    /** Native epoll ({@code EpollDomainSocketChannel}); Linux with the netty-transport-native-epoll library. */
    EPOLL {
        @Override
        public EventLoopGroup newEventLoopGroup(final int threads, final ThreadFactory threadFactory) {
            return new EpollEventLoopGroup(threads, threadFactory);
        }

        @Override
        public Bootstrap newBootstrap(final EventLoopGroup group) {
            return new Bootstrap().group(group).channel(EpollDomainSocketChannel.class);
        }

        @Override
        public ServerBootstrap newServerBootstrap(final EventLoopGroup group) {
            return new ServerBootstrap().group(group).channel(EpollServerDomainSocketChannel.class);
        }

        @Override
        public SocketAddress address(final Path socketPath) {
            return new DomainSocketAddress(socketPath.toString());
        }
    },
    /** The JDK's NIO Unix domain sockets on a {@code NioEventLoopGroup}; works wherever JDK 16+ runs. */
    NIO {
        @Override
        public EventLoopGroup newEventLoopGroup(final int threads, final ThreadFactory threadFactory) {
            return new NioEventLoopGroup(threads, threadFactory);
        }

        @Override
        public Bootstrap newBootstrap(final EventLoopGroup group) {
            return new Bootstrap().group(group).channel(NioUnixDomainSocketChannel.class);
        }

        @Override
        public ServerBootstrap newServerBootstrap(final EventLoopGroup group) {
            return new ServerBootstrap().group(group).channel(NioUnixDomainServerSocketChannel.class);
        }

        @Override
        public SocketAddress address(final Path socketPath) {
            return UnixDomainSocketAddress.of(socketPath);
        }
    };

    /**
     * The best transport on this host: {@link #EPOLL} when the native library loads, else {@link #NIO}.
     *
     * @return the transport to use
     */
    public static UnixDomainTransport preferred() {
        return Epoll.isAvailable() ? EPOLL : NIO;
    }

    /**
     * Makes an event loop group whose loops can run this transport's channels.
     *
     * @param threads the number of event loops
     * @param threadFactory makes their threads
     * @return a new group; the caller shuts it down
     */
    public abstract EventLoopGroup newEventLoopGroup(int threads, ThreadFactory threadFactory);

    /**
     * Makes a client bootstrap for this transport's stream channel.
     *
     * @param group a group made by {@link #newEventLoopGroup(int, ThreadFactory)} of the same transport
     * @return the bootstrap, without handler
     */
    public abstract Bootstrap newBootstrap(EventLoopGroup group);

    /**
     * Makes a server bootstrap for this transport's listening channel, one group for accepting and serving.
     *
     * @param group a group made by {@link #newEventLoopGroup(int, ThreadFactory)} of the same transport
     * @return the bootstrap, without child handler
     */
    public abstract ServerBootstrap newServerBootstrap(EventLoopGroup group);

    /**
     * The socket address of a path for this transport.
     *
     * @param socketPath the socket file
     * @return the address to connect or bind to
     */
    public abstract SocketAddress address(Path socketPath);
}
