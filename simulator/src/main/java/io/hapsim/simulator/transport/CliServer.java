package io.hapsim.simulator.transport;

import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.WriteBufferWaterMark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Listens on the stats sockets. Connections read only on demand and at most one buffer's worth per read, so that
 * input HAProxy would not have read yet stays in the kernel (see {@code CliSession}).
 */
public final class CliServer implements AutoCloseable {

    private static final long CLOSE_WAIT_SECONDS = 3;
    private static final WriteBufferWaterMark OUTPUT_LIMITS = new WriteBufferWaterMark(32 * 1024, 64 * 1024);

    private final Transport transport = new Transport();
    private final EventLoopGroup loop = transport.newEventLoop();
    private final List<Channel> listeners = new ArrayList<>();
    private final List<Path> socketFiles = new ArrayList<>();

    /**
     * Binds one socket; {@code sessions} makes the handler of each accepted connection from its socket's settings.
     */
    public Endpoint bind(StatsSocket socket, int bufferSize, Function<StatsSocket, ChannelHandler> sessions) {
        ListenAddress address = socket.address();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loop)
                .channel(address.isUnix() ? transport.unixServerChannel() : transport.tcpServerChannel())
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(bufferSize)
                        .maxMessagesPerRead(1))
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, OUTPUT_LIMITS)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(sessions.apply(socket));
                    }
                });
        if (!address.isUnix()) {
            bootstrap.option(ChannelOption.SO_REUSEADDR, true);
        }
        ChannelFuture bound = bootstrap.bind(socketAddress(address)).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new ListenException(address, bound.cause());
        }
        Channel channel = bound.channel();
        listeners.add(channel);
        if (address.isUnix()) {
            socketFiles.add(address.path());
            return new Endpoint(socket, address.path(), null);
        }
        return new Endpoint(socket, null, (InetSocketAddress) channel.localAddress());
    }

    private SocketAddress socketAddress(ListenAddress address) {
        if (!address.isUnix()) {
            return new InetSocketAddress(address.host(), address.port());
        }
        Path path = address.path();
        try {
            // like HAProxy, replace a stale socket file left by a previous run
            Files.deleteIfExists(path);
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare UNIX socket " + path, e);
        }
        return transport.unixAddress(path);
    }

    /** Runs a task on the simulator's event loop thread (where all state lives) and waits for it. */
    public <T> T call(Callable<T> task) {
        try {
            return loop.submit(task).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("simulator task failed", e);
        }
    }

    public EventLoopGroup eventLoop() {
        return loop;
    }

    @Override
    public void close() {
        // bounded: an event loop that cannot run any more (an error killed it, a task never returns) must not hold
        // up the close, nor a process stopping on SIGTERM
        for (Channel channel : listeners) {
            channel.close().awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        loop.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        for (Path path : socketFiles) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // the file may already be gone; nothing else to do
            }
        }
    }
}
