package io.hapsim.client;

import io.hapsim.client.error.CliConnectionException;
import io.hapsim.client.error.CliTimeoutException;
import io.hapsim.client.error.ConnectionFailure;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.error.MasterBusyException;
import io.hapsim.client.events.EventsClient;
import io.hapsim.client.info.InfoParser;
import io.hapsim.client.info.ProcessInfo;
import io.hapsim.client.info.StatParser;
import io.hapsim.client.info.StatRow;
import io.hapsim.client.map.MapClient;
import io.hapsim.client.transport.Connection;
import io.hapsim.client.transport.LineSink;
import io.hapsim.client.transport.OneShot;
import io.hapsim.client.tls.CertificatesClient;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The entry point: a client of one HAProxy stats socket (UNIX or TCP). Holds no connection itself: {@link
 * #execute(String) one-shot commands} each use their own non-interactive connection, {@link #openSession()
 * sessions} keep one open. Thread-safe.
 *
 * <pre>{@code
 * HaproxyCli haproxy = HaproxyCli.connect("unix:/run/haproxy/admin.sock");
 * String info = haproxy.execute("show info");
 * haproxy.maps().replace("/etc/haproxy/hosts.map", Path.of("hosts.map"));   // atomic, any size
 * }</pre>
 *
 * <p>A client can also reach one process behind a master socket ({@link #routed}, built by {@link
 * io.hapsim.client.master.MasterCli}): every command then goes to the master with the process's route before it.
 */
public final class HaproxyCli implements RuntimeApi {

    /** The first and the longest wait before trying a busy master again. */
    private static final long FIRST_BUSY_BACKOFF_MILLIS = 10;
    private static final long LAST_BUSY_BACKOFF_MILLIS = 250;

    private final CliAddress address;
    private final CliOptions options;
    /** {@code @1}, {@code @!<pid>} or {@code @master} on a master socket; empty for a process's own socket. */
    private final String route;
    private volatile HaproxyVersion version;

    private HaproxyCli(CliAddress address, CliOptions options, String route) {
        this.address = Objects.requireNonNull(address);
        this.options = Objects.requireNonNull(options);
        this.route = route;
    }

    /** A client of the socket named like the tool's SOCKET argument (path, {@code unix:PATH}, {@code HOST:PORT}). */
    public static HaproxyCli connect(String socket) {
        return of(CliAddress.parse(socket));
    }

    public static HaproxyCli of(CliAddress address) {
        return of(address, CliOptions.defaults());
    }

    public static HaproxyCli of(CliAddress address, CliOptions options) {
        return new HaproxyCli(address, options, "");
    }

    /**
     * A client of one process behind the master socket {@code masterSocket} ({@code haproxy -W -S}): each command is
     * sent there with {@code route} before it ({@code @1}, {@code @!<pid>}, {@code @master}), and each one-shot
     * connection is half-closed once the request is written, since the master, unlike a process's own socket, waits
     * for the client to close. Errors of the master's routing throw ({@link
     * io.hapsim.client.error.UnknownTargetException}, {@link io.hapsim.client.error.TargetUnreachableException},
     * {@link MasterBusyException}) instead of being returned as answers. Sessions use the master's own multi-command
     * mode (see {@link #openSession}).
     */
    public static HaproxyCli routed(CliAddress masterSocket, String route, CliOptions options) {
        if (!route.startsWith("@") || route.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a route is one word starting with '@': " + route);
        }
        return new HaproxyCli(masterSocket, options, route);
    }

    /** The same socket (and route) with other options (the detected version is kept). */
    @Override
    public HaproxyCli withOptions(CliOptions newOptions) {
        HaproxyCli copy = new HaproxyCli(address, newOptions, route);
        copy.version = version;
        return copy;
    }

    /** The socket connected to: the process's own, or the master's for a {@link #routed} client. */
    public CliAddress address() {
        return address;
    }

    /** The route before each command on a master socket ({@code @1}, {@code @!<pid>}, {@code @master}), if routed. */
    public Optional<String> route() {
        return route.isEmpty() ? Optional.empty() : Optional.of(route);
    }

    @Override
    public CliOptions options() {
        return options;
    }

    Charset charset() {
        return options.charset();
    }

    /**
     * Runs one command on its own non-interactive connection and returns HAProxy's whole answer, without the
     * terminating empty line. The answer is returned as is, errors included ({@code cli} semantics); the typed
     * operations ({@link #maps()}, {@link #showInfo()}, ...) interpret it.
     */
    @Override
    public String execute(String command) {
        requireSingleLine(command);
        return new String(exchange((command + "\n").getBytes(charset()), command), charset());
    }

    /**
     * Runs one payload command ({@code command} ends with {@code <<}) with its payload on its own connection.
     * {@code payload} holds the payload lines (a final newline is optional); the empty line that ends it is added.
     */
    @Override
    public String execute(String command, String payload) {
        requireSingleLine(command);
        if (!command.endsWith("<<")) {
            throw new IllegalArgumentException("a payload command ends with '<<': " + command);
        }
        if (payload.contains("\n\n") || payload.startsWith("\n")) {
            throw new IllegalArgumentException("an empty line would end the payload early");
        }
        String body = payload.isEmpty() || payload.endsWith("\n") ? payload : payload + "\n";
        return new String(exchange((command + "\n" + body + "\n").getBytes(charset()), command), charset());
    }

    @Override
    public byte[] exchange(byte[] request, String command) {
        byte[] answer = throughMaster(() -> OneShot.exchange(address, options, routed(request), command, isRouted()));
        if (isRouted()) {
            // the master's errors are short and come first: no need to decode a long answer to find them
            String start = new String(answer, 0, Math.min(answer.length, 64), charset());
            ErrorClassifier.masterError(start).ifPresent(kind -> {
                throw ErrorClassifier.exception(kind, command, new String(answer, charset()));
            });
        }
        return answer;
    }

    /**
     * Runs one command and streams its answer line by line (constant memory, for listings of any size). Through a
     * master, a routing error reaches {@code lines} as the answer's only line; the typed operations classify it.
     */
    @Override
    public void stream(String command, LineSink lines) {
        requireSingleLine(command);
        throughMaster(() -> {
            OneShot.exchange(address, options, routed((command + "\n").getBytes(charset())), command, lines,
                    isRouted());
            return null;
        });
    }

    private boolean isRouted() {
        return !route.isEmpty();
    }

    /** The request with the route before its first line (unchanged for a process's own socket). */
    private byte[] routed(byte[] request) {
        if (!isRouted()) {
            return request;
        }
        byte[] prefix = (route + " ").getBytes(charset());
        byte[] out = new byte[prefix.length + request.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(request, 0, out, prefix.length, request.length);
        return out;
    }

    /**
     * Runs {@code io}; on a master socket, a connection the master did not take (backlog full: EAGAIN, or a blocking
     * connect timing out) becomes a {@link MasterBusyException}, since that is how a master out of slots shows.
     * Nothing was sent then, so it is tried again, backing off, for {@link CliOptions#busyPatience()}.
     */
    private <T> T throughMaster(Supplier<T> io) {
        long deadline = System.nanoTime() + options.busyPatience().toNanos();
        long backoffMillis = FIRST_BUSY_BACKOFF_MILLIS;
        while (true) {
            try {
                return once(io);
            } catch (MasterBusyException e) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw e;
                }
                sleep(Math.min(backoffMillis, TimeUnit.NANOSECONDS.toMillis(left) + 1));
                backoffMillis = Math.min(backoffMillis * 2, LAST_BUSY_BACKOFF_MILLIS);
            }
        }
    }

    private <T> T once(Supplier<T> io) {
        try {
            return io.get();
        } catch (CliConnectionException e) {
            if (isRouted() && e.failure() == ConnectionFailure.BUSY) {
                throw new MasterBusyException("the master at " + address + " takes no more connections for now: "
                        + e.getMessage(), e);
            }
            throw e;
        } catch (CliTimeoutException e) {
            if (isRouted() && e.whileConnecting()) {
                throw new MasterBusyException("the master at " + address + " did not accept a connection within "
                        + options.connectTimeout().toMillis() + " ms", e);
            }
            throw e;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HaproxyException("interrupted while waiting for the master to take a connection", e);
        }
    }

    private static void requireSingleLine(String command) {
        if (command.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a command is one line; send several with a session: " + command);
        }
    }

    /**
     * Opens an interactive session in the given mode ({@code prompt i} needs 3.2+). Through a master socket the
     * session is the master's own connection, which takes many commands and ends each answer with an empty line
     * whatever {@code mode} asks (so its {@link CliSession#mode()} is {@link SessionMode#INTERACTIVE}); every command
     * is sent with the route, each to a connection of its own between the master and the process.
     */
    @Override
    public CliSession openSession(SessionMode mode) {
        Connection c = throughMaster(() -> Connection.open(address, options.connectTimeout(), options.readTimeout()));
        return isRouted() ? CliSession.routed(c, route, charset()) : new CliSession(c, mode, charset());
    }

    /**
     * The version of HAProxy behind the socket: {@code show version} (2.5+), falling back to the {@code Version}
     * field of {@code show info}. Detected once, then cached.
     */
    @Override
    public HaproxyVersion version() {
        HaproxyVersion v = version;
        if (v == null) {
            v = detectVersion();
            version = v;
        }
        return v;
    }

    private HaproxyVersion detectVersion() {
        String answer = ErrorClassifier.stripSeverity(execute("show version")).strip();
        Optional<ErrorKind> error = answer.isEmpty() ? Optional.of(ErrorKind.UNRECOGNIZED)
                : ErrorClassifier.classify(answer).filter(k -> !Character.isDigit(answer.charAt(0)));
        if (error.isEmpty()) {
            try {
                return HaproxyVersion.parse(answer);
            } catch (IllegalArgumentException e) {
                // fall back to show info
            }
        }
        String v = showInfo().version();
        if (v == null) {
            throw new HaproxyException("cannot tell the HAProxy version: 'show version' answered '" + answer
                    + "' and 'show info' has no Version field");
        }
        return HaproxyVersion.parse(v);
    }

    /** {@code show info}, parsed. */
    public ProcessInfo showInfo() {
        String answer = execute("show info");
        ErrorClassifier.classify(answer).filter(k -> !answer.contains(": "))
                .ifPresent(k -> { throw ErrorClassifier.exception(k, "show info", answer); });
        return InfoParser.parse(answer);
    }

    /** {@code show stat}, parsed: one row per proxy/server line. */
    public List<StatRow> showStat() {
        String answer = execute("show stat");
        if (!answer.startsWith("# ")) {
            ErrorClassifier.classify(answer)
                    .ifPresent(k -> { throw ErrorClassifier.exception(k, "show stat", answer); });
        }
        return StatParser.parse(answer);
    }

    /** Map operations: show, get, add, set, del, atomic replace, incremental sync. */
    public MapClient maps() {
        return new MapClient(this);
    }

    /** Event rings: what one holds, and following one as events arrive. */
    public EventsClient events() {
        return new EventsClient(this);
    }

    /** Certificates: the files loaded, and replacing one in a verified transaction. */
    public CertificatesClient certificates() {
        return new CertificatesClient(this);
    }

    @Override
    public String toString() {
        return "HaproxyCli[" + address + (isRouted() ? " " + route : "") + "]";
    }
}
