package io.hapsim.simulator.transport;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.Channel;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Path;

/** Netty's native epoll transport where available (Linux), the JDK's NIO elsewhere; both serve UNIX sockets. */
final class Transport {

    private final boolean epoll = Epoll.isAvailable();

    /** One thread serves every connection of a simulator, as HAProxy's CLI runs with nbthread 1 in the recordings. */
    EventLoopGroup newEventLoop() {
        IoHandlerFactory factory = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        return new MultiThreadIoEventLoopGroup(1, factory);
    }

    ServerChannel newTcpServerChannel(SocketProtocolFamily family) {
        return epoll ? new EpollServerSocketChannel(family) : new NioServerSocketChannel(SelectorProvider.provider(),
                family);
    }

    Class<? extends ServerChannel> unixServerChannel() {
        return epoll ? EpollServerDomainSocketChannel.class : NioServerDomainSocketChannel.class;
    }

    /** The client side of a UNIX socket, for the connections a master opens to its processes. */
    Class<? extends Channel> unixChannel() {
        return epoll ? EpollDomainSocketChannel.class : NioDomainSocketChannel.class;
    }

    /** The address type the UNIX server channel of this transport binds to. */
    SocketAddress unixAddress(Path path) {
        return epoll ? new DomainSocketAddress(path.toString()) : UnixDomainSocketAddress.of(path);
    }
}
