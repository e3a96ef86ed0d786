package io.hapsim.simulator.control;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The control API: HTTP/JSON on a TCP address, over which tests in any language list, reset, reconfigure and
 * stop simulated instances (docs/control-api.md). It listens on a loopback address unless told otherwise: it has
 * no authentication, and changes what every client of the simulators sees.
 */
public final class ControlServer implements AutoCloseable {

    /** How long stopping waits for the answers being written (the shutdown request's own, mostly). */
    private static final int STOP_DELAY_SECONDS = 1;

    private final HttpServer http;
    private final List<Instance> instances;
    private final Runnable afterShutdown;
    private boolean closed;

    private ControlServer(HttpServer http, List<Instance> instances, Runnable afterShutdown) {
        this.http = http;
        this.instances = List.copyOf(instances);
        this.afterShutdown = afterShutdown;
    }

    /**
     * Listens on {@code host:port} (port 0: any free port, see {@link #address()}) for requests about
     * {@code instances}. {@code POST /shutdown} closes them and this server, then runs {@code afterShutdown}.
     *
     * @param anyAddress whether a non-loopback address is accepted
     * @throws IllegalArgumentException for a non-loopback address without {@code anyAddress}, or an unknown host
     */
    public static ControlServer start(String host, int port, boolean anyAddress, List<Instance> instances,
            Runnable afterShutdown) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown control host '" + host + "'", e);
        }
        if (!anyAddress && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("the control API listens on a loopback address only (it has no"
                    + " authentication): " + host + " is not one; --control-any allows it");
        }
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + " for the control API", e);
        }
        ControlServer server = new ControlServer(http, instances, afterShutdown);
        http.createContext("/", new ControlHandler(instances, server::shutdown));
        // a pool, not the single dispatcher thread: a journal long poll must not hold up the other requests
        http.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "hapsim-control");
            thread.setDaemon(true);
            return thread;
        }));
        http.start();
        return server;
    }

    /** Where it listens, with the port it got. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** {@code http://HOST:PORT}, what clients put before the paths. */
    public String url() {
        InetSocketAddress address = address();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    private void shutdown() {
        close();
        afterShutdown.run();
    }

    /** Stops every instance, then stops listening; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            instances.forEach(Instance::close);
            http.stop(STOP_DELAY_SECONDS);
            if (http.getExecutor() instanceof ExecutorService pool) {
                pool.shutdown(); // its idle threads would otherwise linger a minute
            }
        }
    }
}
