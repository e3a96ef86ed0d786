package io.hapsim.client;

import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.info.InfoParser;
import io.hapsim.client.info.ProcessInfo;
import io.hapsim.client.info.StatParser;
import io.hapsim.client.info.StatRow;
import io.hapsim.client.map.MapClient;
import io.hapsim.client.transport.Connection;
import io.hapsim.client.transport.LineSink;
import io.hapsim.client.transport.OneShot;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 */
public final class HaproxyCli implements RuntimeApi {

    private final CliAddress address;
    private final CliOptions options;
    private volatile HaproxyVersion version;

    private HaproxyCli(CliAddress address, CliOptions options) {
        this.address = Objects.requireNonNull(address);
        this.options = Objects.requireNonNull(options);
    }

    /** A client of the socket named like the tool's SOCKET argument (path, {@code unix:PATH}, {@code HOST:PORT}). */
    public static HaproxyCli connect(String socket) {
        return new HaproxyCli(CliAddress.parse(socket), CliOptions.defaults());
    }

    public static HaproxyCli of(CliAddress address) {
        return new HaproxyCli(address, CliOptions.defaults());
    }

    public static HaproxyCli of(CliAddress address, CliOptions options) {
        return new HaproxyCli(address, options);
    }

    /** The same socket with other options (the detected version is kept). */
    @Override
    public HaproxyCli withOptions(CliOptions newOptions) {
        HaproxyCli copy = new HaproxyCli(address, newOptions);
        copy.version = version;
        return copy;
    }

    public CliAddress address() {
        return address;
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
        byte[] answer = OneShot.exchange(address, options, (command + "\n").getBytes(charset()), command);
        return new String(answer, charset());
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
        byte[] answer = OneShot.exchange(address, options, (command + "\n" + body + "\n").getBytes(charset()),
                command);
        return new String(answer, charset());
    }

    @Override
    public byte[] exchange(byte[] request, String command) {
        return OneShot.exchange(address, options, request, command);
    }

    /** Runs one command and streams its answer line by line (constant memory, for listings of any size). */
    @Override
    public void stream(String command, LineSink lines) {
        requireSingleLine(command);
        OneShot.exchange(address, options, (command + "\n").getBytes(charset()), command, lines, true);
    }

    private static void requireSingleLine(String command) {
        if (command.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a command is one line; send several with a session: " + command);
        }
    }

    /** Opens an interactive session in the given mode ({@code prompt i} needs 3.2+). */
    @Override
    public CliSession openSession(SessionMode mode) {
        Connection c = Connection.open(address, options.connectTimeout(), options.readTimeout());
        return new CliSession(c, mode, charset());
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

    @Override
    public String toString() {
        return "HaproxyCli[" + address + "]";
    }
}
