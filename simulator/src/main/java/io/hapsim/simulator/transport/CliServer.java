package io.hapsim.simulator.transport;

import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.ServerChannel;
import io.netty.channel.ServerChannelRecvByteBufAllocator;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketProtocolFamily;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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
    /** The address of each listener ({@link Endpoint#address()}), in {@link #listeners}' order. */
    private final List<String> listenerAddresses = new ArrayList<>();
    private final List<Path> socketFiles = new ArrayList<>();
    /** The connections open now (a closed one leaves the group by itself). */
    private final ChannelGroup connections = new DefaultChannelGroup(loop.next());
    /** Once leaving: completes when no connection is open any more. */
    private CompletableFuture<Void> lastConnectionEnded;
    /** While the process is frozen: what holds its event loop until {@link #thaw()}; null otherwise. */
    private volatile CountDownLatch frozen;

    /**
     * Binds one socket; {@code sessions} makes the handler of each accepted connection from its socket's settings.
     */
    public Endpoint bind(StatsSocket socket, int bufferSize, Function<Endpoint, ChannelHandler> sessions) {
        return bind(socket, bufferSize, null, sessions);
    }

    /** Binds one socket that accepts at most {@code limit}'s connections at once (null: no limit). */
    public Endpoint bind(StatsSocket socket, int bufferSize, ConnectionLimit limit,
            Function<Endpoint, ChannelHandler> sessions) {
        ListenAddress address = socket.address();
        // connections are only accepted once the bind is done, when the endpoint (its real port) is known
        CompletableFuture<Endpoint> endpoint = new CompletableFuture<>();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loop)
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(bufferSize)
                        .maxMessagesPerRead(1))
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, OUTPUT_LIMITS)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        connections.add(channel);
                        // after the group's own listener, which has removed the channel by then
                        channel.closeFuture().addListener(closed -> {
                            if (connections.isEmpty() && lastConnectionEnded != null) {
                                lastConnectionEnded.complete(null);
                            }
                        });
                        channel.pipeline().addLast(sessions.apply(endpoint.join()));
                    }
                });
        if (limit != null) {
            bootstrap.option(ChannelOption.SO_BACKLOG, limit.backlog())
                    .option(ChannelOption.RCVBUF_ALLOCATOR,
                            new ServerChannelRecvByteBufAllocator().maxMessagesPerRead(1))
                    .handler(new ConnectionLimiter(limit));
        }
        if (address.isUnix()) {
            Path path = socket.address().path();
            endpoint.complete(new Endpoint(socket, path, null));
            Path file = bindUnix(bootstrap, socket, endpoint.join());
            if (!socketFiles.contains(file)) {
                socketFiles.add(file);
            }
            return endpoint.join();
        }
        InetSocketAddress inet = new InetSocketAddress(address.host(), address.port());
        // exactly the family of the address: an IPv4 address must not be served by an IPv6 socket
        SocketProtocolFamily family = inet.getAddress() instanceof Inet4Address ? SocketProtocolFamily.INET
                : SocketProtocolFamily.INET6;
        ChannelFactory<ServerChannel> channels = () -> transport.newTcpServerChannel(family);
        bootstrap.channelFactory(channels).option(ChannelOption.SO_REUSEADDR, true);
        ChannelFuture bound = bootstrap.bind(inet).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new ListenException("cannot bind socket (" + reason(bound.cause()) + ") for [" + address + "]",
                    bound.cause());
        }
        endpoint.complete(new Endpoint(socket, null, (InetSocketAddress) bound.channel().localAddress()));
        listen(bound.channel(), endpoint.join());
        return endpoint.join();
    }

    /**
     * Binds a UNIX socket as HAProxy does: at a temporary name beside the path, then owner and mode set, then renamed
     * over the path (replacing a file a previous run left), so that it never appears with other permissions than
     * its line asks for. The errors are HAProxy's.
     */
    private Path bindUnix(ServerBootstrap bootstrap, StatsSocket socket, Endpoint endpoint) {
        Path path = socket.address().path();
        Path temporary = path.resolveSibling(path.getFileName() + "." + ProcessHandle.current().pid() % 100_000
                + ".tmp");
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new ListenException("error when trying to unlink previous UNIX socket (" + reason(e) + ") [" + path
                    + "]", e);
        }
        ChannelFuture bound = bootstrap.channel(transport.unixServerChannel())
                .bind(transport.unixAddress(temporary)).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new ListenException("cannot bind UNIX socket (" + reason(bound.cause()) + ") [" + path + "]",
                    bound.cause());
        }
        String step = "change UNIX socket ownership";
        try {
            SocketFiles.apply(socket.fileAccess(), temporary);
            step = "switch final and temporary UNIX sockets";
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            bound.channel().close().awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            SocketFiles.deleteQuietly(temporary);
            throw new ListenException("cannot " + step + " (" + reason(e) + ") [" + path + "]", e);
        }
        listen(bound.channel(), endpoint);
        return path;
    }

    /**
     * Opens a connection to the UNIX socket at {@code path} from this server's event loop (a master reaching one of
     * its processes), served by {@code handler}; the future completes once connected. Half-closure is allowed: the
     * master closes its side after each command and reads the answer to the end.
     */
    public ChannelFuture connect(Path path, ChannelHandler handler) {
        return new Bootstrap()
                .group(loop)
                .channel(transport.unixChannel())
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .handler(handler)
                .connect(transport.unixAddress(path));
    }

    /** What the system said, without Java's or Netty's wrapping (the path, "bind(..) failed with error(-2): "). */
    private static String reason(Throwable error) {
        if (error instanceof FileSystemException fileError && fileError.getReason() != null) {
            return fileError.getReason();
        }
        String message = String.valueOf(error.getMessage());
        int colon = message.lastIndexOf(": ");
        return message.contains(" failed") && colon >= 0 ? message.substring(colon + 2) : message;
    }

    private void listen(Channel listener, Endpoint endpoint) {
        listeners.add(listener);
        listenerAddresses.add(endpoint.address());
    }

    /**
     * Stops listening on {@code endpoint}'s socket, leaving its file: a client's connect is refused there, as while
     * a master executes itself again, until it is bound anew.
     */
    public void unbind(Endpoint endpoint) {
        int index = listenerAddresses.indexOf(endpoint.address());
        if (index >= 0) {
            stopListener(index).awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Closes the listener at {@code index} and forgets it; the socket file stays. */
    private ChannelFuture stopListener(int index) {
        listenerAddresses.remove(index);
        return listeners.remove(index).close();
    }

    /**
     * Leaves as an old worker does after a reload: stops listening but on {@code keptAddress} (null: none), leaves the
     * socket files to whoever binds them next, and serves the connections it has.
     *
     * @return completes once the last connection has ended (at once if none is open)
     */
    public CompletableFuture<Void> leave(String keptAddress) {
        boolean stopped = isFrozen(); // a stopped process does all this once it goes on
        for (int i = listeners.size() - 1; i >= 0; i--) {
            if (!listenerAddresses.get(i).equals(keptAddress)) {
                ChannelFuture closed = stopListener(i);
                if (!stopped) {
                    closed.awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
                }
            }
        }
        socketFiles.clear();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        Runnable watch = () -> {
            lastConnectionEnded = ended;
            if (connections.isEmpty()) {
                ended.complete(null);
            }
        };
        if (stopped) {
            loop.execute(watch);
        } else {
            call(() -> {
                watch.run();
                return null;
            });
        }
        return ended;
    }

    /**
     * Stops or resumes accepting on the listener of {@code address} (null: all): paused, a listener leaves new
     * connections in the kernel's queue, as HAProxy does at {@code maxconn}.
     */
    public void accepting(String address, boolean accept) {
        for (int i = 0; i < listeners.size(); i++) {
            if (address == null || address.equals(listenerAddresses.get(i))) {
                Channel listener = listeners.get(i);
                // on the listener's loop, so that no connection is accepted once this returns
                listener.eventLoop().submit(() -> listener.config().setAutoRead(accept))
                        .awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Runs a task on the simulator's event loop thread (where all state lives) and waits for it; an exception the
     * task throws is thrown here as it was.
     */
    public <T> T call(Callable<T> task) {
        if (frozen != null) {
            throw new IllegalStateException("the simulated process is frozen: thaw it first");
        }
        try {
            return loop.submit(task).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("simulator task failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the simulator", e);
        }
    }

    /**
     * Stops the process as SIGSTOP does: its event loop is held, so nothing is accepted, read, written or timed out
     * until {@link #thaw()}; connections and bytes wait in the kernel's queues and buffers, and the timers that came
     * due meanwhile fire at the thaw. Returns once the loop is held.
     */
    public synchronized void freeze() {
        if (frozen != null) {
            return;
        }
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        loop.execute(() -> {
            held.countDown();
            awaitQuietly(release);
        });
        frozen = release;
        awaitQuietly(held);
    }

    /** Lets a frozen process go on (SIGCONT); nothing if it is not frozen. */
    public synchronized void thaw() {
        if (frozen != null) {
            frozen.countDown();
            frozen = null;
        }
    }

    public boolean isFrozen() {
        return frozen != null;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs {@code change} on the event loop and closes every open connection in the same task: no connection
     * accepted before the change survives it, and none accepted after it is closed (the loop accepts nothing
     * in between). Returns once both are done.
     */
    public void closeConnectionsWith(Runnable change) {
        call(() -> {
            change.run();
            connections.close();
            return null;
        });
    }

    public EventLoopGroup eventLoop() {
        return loop;
    }

    @Override
    public void close() {
        thaw();
        // bounded: an event loop that cannot run any more (an error killed it, a task never returns) must not hold
        // up the close, nor a process stopping on SIGTERM
        for (Channel channel : listeners) {
            channel.close().awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        }
        loop.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        socketFiles.forEach(SocketFiles::deleteQuietly);
    }
}
