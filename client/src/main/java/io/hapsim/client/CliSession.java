package io.hapsim.client;

import io.hapsim.client.error.CliConnectionException;
import io.hapsim.client.error.CommandTooBigException;
import io.hapsim.client.error.ConnectionFailure;
import io.hapsim.client.error.ErrorClassifier;
import io.hapsim.client.error.ErrorKind;
import io.hapsim.client.error.HaproxyException;
import io.hapsim.client.transport.Connection;
import io.hapsim.client.transport.ResponseFramer;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * An interactive connection ({@code prompt}, or {@code prompt i} on 3.2+) on which commands can be pipelined: {@link
 * #send} writes a command and returns at once with a future of its answer; answers are matched to commands in order
 * by a reader thread that frames them (prompt or empty line) and consumes {@code "+ "} continuation prompts.
 * Thread-safe; close it to leave ({@code quit}).
 */
public final class CliSession implements AutoCloseable {

    private record Pending(String command, boolean payload, CompletableFuture<String> answer) {
    }

    private final Connection connection;
    private final SessionMode mode;
    /** What goes before each command line: a route and a space on a master socket ({@code "@1 "}), else nothing. */
    private final String routePrefix;
    private final Charset charset;
    private final ResponseFramer framer = new ResponseFramer();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final Object writeLock = new Object();
    private final Thread reader;
    private volatile HaproxyException broken;
    private volatile boolean closing;

    CliSession(Connection connection, SessionMode mode, Charset charset) {
        this(connection, mode, "", charset);
        enterMode();
    }

    private CliSession(Connection connection, SessionMode mode, String routePrefix, Charset charset) {
        this.connection = connection;
        this.mode = mode;
        this.routePrefix = routePrefix;
        this.charset = charset;
        this.reader = new Thread(this::readLoop, "hapsim-session-reader " + connection.address());
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * A session on a master socket, every command sent with {@code route} before it. The master's connection takes
     * many commands without being asked, and in that mode (no prompt) relays each process's answer with its empty
     * line: framed like {@link SessionMode#INTERACTIVE}. The master itself reads the {@code quit} of {@link #close}.
     * A routing error ({@code Can't find the target ...}) has no empty line after it: the answers awaited then end
     * in a timeout or a closed connection.
     */
    static CliSession routed(Connection connection, String route, Charset charset) {
        return new CliSession(connection, SessionMode.INTERACTIVE, route + " ", charset);
    }

    private void enterMode() {
        try {
            String answer = send(mode.command()).get();
            if (!answer.isEmpty()) {
                throw new HaproxyException("'" + mode.command() + "' was answered with: " + answer.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.close();
            throw new HaproxyException("interrupted while opening a session", e);
        } catch (ExecutionException e) {
            connection.close();
            throw unwrap(e);
        }
    }

    public SessionMode mode() {
        return mode;
    }

    /** Sends a command and waits for its answer (raw, without terminator; errors are not interpreted). */
    public String execute(String command) {
        return await(send(command));
    }

    /** Sends a payload command ({@code command} must end with {@code <<}) and waits for its answer. */
    public String execute(String command, String payload) {
        return await(sendPayload(command, payload.getBytes(charset)));
    }

    /** Writes a command (no newline inside) and returns at once; the future completes with its answer. */
    public CompletableFuture<String> send(String command) {
        requireSingleLine(command);
        byte[] line = (routePrefix + command + "\n").getBytes(charset);
        return enqueue(command, false, ByteBuffer.wrap(line));
    }

    /**
     * Writes a payload command and its payload and returns at once. {@code payload} is the payload lines, each
     * ending with {@code \n} (or empty); this method adds the empty line that ends the payload.
     */
    public CompletableFuture<String> sendPayload(String command, byte[] payload) {
        requireSingleLine(command);
        if (!command.endsWith("<<")) {
            throw new IllegalArgumentException("a payload command ends with '<<': " + command);
        }
        if (payload.length > 0 && payload[payload.length - 1] != '\n') {
            throw new IllegalArgumentException("payload lines must each end with a newline");
        }
        byte[] head = (routePrefix + command + "\n").getBytes(charset);
        ByteBuffer all = ByteBuffer.allocate(head.length + payload.length + 1);
        all.put(head).put(payload).put((byte) '\n').flip();
        return enqueue(command, true, all);
    }

    private static void requireSingleLine(String command) {
        if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a command is one line: " + command);
        }
    }

    private CompletableFuture<String> enqueue(String command, boolean payload, ByteBuffer bytes) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        synchronized (writeLock) {
            HaproxyException b = broken;
            if (b != null) {
                answer.completeExceptionally(b);
                return answer;
            }
            synchronized (pending) {
                pending.addLast(new Pending(command, payload, answer));
                connection.watch();
            }
            try {
                connection.write(bytes);
            } catch (HaproxyException e) {
                fail(e);
            }
        }
        return answer;
    }

    /** How many answers are still awaited. */
    public int inFlight() {
        synchronized (pending) {
            return pending.size();
        }
    }

    private void readLoop() {
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        try {
            while (true) {
                in.clear();
                int n = connection.read(in);
                if (n < 0) {
                    fail(closedError());
                    return;
                }
                in.flip();
                framer.feed(in);
                deliver();
            }
        } catch (HaproxyException e) {
            fail(closing ? new CliConnectionException(ConnectionFailure.CLOSED, "session closed", e) : e);
        } catch (RuntimeException e) {
            fail(new HaproxyException("session reader failed: " + e, e));
        }
    }

    private void deliver() {
        while (true) {
            Pending head;
            synchronized (pending) {
                head = pending.peekFirst();
            }
            if (head == null) {
                return;
            }
            byte[] answer = framer.poll(mode.terminator(), head.payload());
            if (answer == null) {
                return;
            }
            synchronized (pending) {
                pending.pollFirst();
                if (pending.isEmpty()) {
                    connection.unwatch();
                }
            }
            head.answer().complete(new String(answer, charset));
        }
    }

    private HaproxyException closedError() {
        String rest = new String(framer.rest(), charset);
        Pending head;
        synchronized (pending) {
            head = pending.peekFirst();
        }
        if (head != null && ErrorClassifier.isTooBig(rest)) {
            return new CommandTooBigException(ErrorKind.COMMAND_TOO_BIG, head.command(), rest);
        }
        return new CliConnectionException(ConnectionFailure.CLOSED, "HAProxy closed the session"
                + (head != null ? " while '" + head.command() + "' was awaiting its answer" : "")
                + (rest.isEmpty() ? "" : " (last bytes: " + rest.strip() + ")"), null);
    }

    private void fail(HaproxyException e) {
        Deque<Pending> failed;
        synchronized (pending) {
            if (broken == null) {
                broken = e;
            }
            failed = new ArrayDeque<>(pending);
            pending.clear();
        }
        connection.close();
        for (Pending p : failed) {
            p.answer().completeExceptionally(e);
        }
    }

    /** Whether the session can still be used. */
    public boolean isOpen() {
        return broken == null && connection.isOpen();
    }

    static String await(CompletableFuture<String> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HaproxyException("interrupted while waiting for an answer", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    static HaproxyException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        return cause instanceof HaproxyException h ? h : new HaproxyException(String.valueOf(cause), cause);
    }

    /** Waits for the answers in flight, then sends {@code quit} and closes. */
    @Override
    public void close() {
        if (broken == null) {
            closing = true;
            synchronized (writeLock) {
                try {
                    connection.write(ByteBuffer.wrap("quit\n".getBytes(charset)));
                } catch (HaproxyException ignored) {
                    // already gone
                }
            }
        }
        try {
            reader.join(connection.readTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
