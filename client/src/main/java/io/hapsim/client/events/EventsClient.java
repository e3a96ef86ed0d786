package io.hapsim.client.events;

import io.hapsim.client.HaproxyCli;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.transport.Connection;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The event rings of one process: {@code buf0}, {@code dpapi} (3.2+) and the configuration's {@code ring} sections,
 * which the proxies' {@code log ring@<name>} lines fill (a server going down ...). Events are separated by a NUL where
 * the version can (3.2+: {@code -0}), so that an event may hold any text; before, by a line feed.
 *
 * <pre>{@code
 * try (EventFollower dpapi = haproxy.events().follow("dpapi", true, event -> certificates.renewed(event))) {
 *     ...
 * }
 * }</pre>
 */
public final class EventsClient {

    /** The answers that are errors rather than events. */
    private static final Set<ErrorKind> ERRORS = Set.of(ErrorKind.UNKNOWN_SINK, ErrorKind.NOT_A_RING,
            ErrorKind.UNKNOWN_OPTION, ErrorKind.PERMISSION_DENIED, ErrorKind.UNKNOWN_COMMAND);

    private final HaproxyCli cli;

    public EventsClient(HaproxyCli cli) {
        this.cli = cli;
    }

    /** The events the ring holds, oldest first. */
    public List<String> list(String ring) {
        char separator = separator();
        String command = "show events " + ring + (separator == 0 ? " -0" : "");
        String answer = cli.execute(command);
        failOnError(command, answer);
        List<String> events = new ArrayList<>();
        int start = 0;
        for (int end = answer.indexOf(separator); end >= 0; end = answer.indexOf(separator, start)) {
            events.add(answer.substring(start, end));
            start = end + 1;
        }
        return events;
    }

    /**
     * Follows the ring on a connection of its own: {@code listener} gets each event as it arrives, on the follower's
     * thread, from the oldest the ring holds, or with {@code onlyNew} from when HAProxy reads the command (which this
     * call does not wait for: an event written meanwhile may be skipped). The stats timeout does not end a
     * following; {@link EventFollower#close()} does. The ring is checked first: an unknown ring throws
     * {@link io.hapsim.client.error.UnknownRingException}, a user-level socket
     * {@link io.hapsim.client.error.PermissionDeniedException}.
     *
     * @throws UnsupportedOperationException through a master socket, where the master closes its side of the
     *                                       worker's connection once the command is sent, which ends a following
     */
    public EventFollower follow(String ring, boolean onlyNew, Consumer<String> listener) {
        if (cli.route().isPresent()) {
            throw new UnsupportedOperationException("following a ring needs the process's own stats socket: through"
                    + " a master, the worker sees the master's end of its input and stops following at once");
        }
        String check = "show events " + ring + " -n";
        failOnError(check, cli.execute(check));
        char separator = separator();
        String command = "show events " + ring + " -w" + (onlyNew ? " -n" : "") + (separator == 0 ? " -0" : "");
        Connection connection = Connection.open(cli.address(), cli.options().connectTimeout(),
                cli.options().readTimeout());
        try {
            connection.write(ByteBuffer.wrap((command + "\n").getBytes(cli.options().charset())));
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        return EventFollower.start(connection, separator, cli.options(), listener, ring);
    }

    /** NUL from 3.2 ({@code -0}), a line feed before. */
    private char separator() {
        return cli.version().atLeast(3, 2) ? '\0' : '\n';
    }

    private static void failOnError(String command, String answer) {
        ErrorClassifier.classify(answer).filter(ERRORS::contains).ifPresent(kind -> {
            throw ErrorClassifier.exception(kind, command, answer);
        });
    }
}
