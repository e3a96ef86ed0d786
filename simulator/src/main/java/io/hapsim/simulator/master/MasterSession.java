package io.hapsim.simulator.master;

import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.transport.CliServer;
import io.hapsim.simulator.version.VersionProfile;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One connection to the master socket. The master is a proxy in front of its processes' CLIs: it cuts the input into
 * commands, reads a few itself (the {@code @} prefixes, {@code prompt}, {@code quit}, the level, the modes and the
 * severity output), and sends every other command, one per connection, to the process it goes to (its own CLI for
 * {@code @master}), with the level and modes of this session before it. The process answers and closes; the master
 * relays the answer, writes its prompt in prompt mode, and goes on with the next command. Unlike a worker's
 * socket, it reads on until the client closes its side, in every mode.
 */
final class MasterSession extends ChannelInboundHandlerAdapter {

    /** What HAProxy keeps free in a buffer for rewrites: a command that leaves less unfinished is replaced. */
    private static final int BUFFER_RESERVE = 1024;

    private final VersionProfile profile;
    private final MasterProcesses processes;
    private final CliServer server;
    private final Path masterLink;
    private final int bufferSize;
    private final MasterModes modes;

    private ChannelHandlerContext ctx;
    private final ByteBuf in = Unpooled.buffer();
    private boolean inputClosed;
    private boolean closing;
    /** The command sent on and not answered yet, or null. */
    private Forward forward;
    /** While a command's payload is being sent on: the line that ends it. */
    private String payloadPattern;
    /** {@code @@<pid>}: everything the client sends goes to the worker, until it closes. */
    private boolean workerSession;
    /** The master executed itself again: the connection ends with the answer in flight. */
    private boolean closeAfterAnswer;
    /**
     * After {@code quit}, the master still runs the commands it reads itself, and sends the next other one on (it runs
     * there, its answer is lost); then the connection ends.
     */
    private boolean quitting;

    MasterSession(VersionProfile profile, MasterProcesses processes, CliServer server, Path masterLink,
            int bufferSize, AccessLevel level) {
        this.profile = profile;
        this.processes = processes;
        this.server = server;
        this.masterLink = masterLink;
        this.bufferSize = bufferSize;
        this.modes = new MasterModes(level);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        processes.opened(this);
        ctx.read();
    }

    /**
     * The master executes itself again to reload: the connection ends, at once, or once the answer in flight is
     * whole where the version answers the reload ({@code keepAnswer}) to the client that asked for it.
     */
    void masterRestarted(boolean keepAnswer) {
        if (keepAnswer && forward != null) {
            closeAfterAnswer = true;
        } else {
            close();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf bytes = (ByteBuf) msg;
        try {
            if (!closing) {
                in.writeBytes(bytes);
            }
        } finally {
            bytes.release();
        }
        process();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            inputClosed = true;
            process();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable() && forward != null) {
            forward.resume();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        processes.closed(this);
        closing = true;
        if (forward != null) {
            forward.abort();
        }
        in.release();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a client that resets its connection leaves nothing to answer
        ctx.close();
    }

    /** Takes the commands that have come, as far as they can go now; then reads more if there is room. */
    private void process() {
        while (!closing && step()) {
            // each step consumes a command, a payload line, or what a worker session forwards
        }
        if (!closing && !inputClosed && in.readableBytes() < bufferSize) {
            ctx.read();
        }
    }

    /** One step; false when nothing more can be done until more input, an answer, or the client's close. */
    private boolean step() {
        if (forward != null) {
            if (workerSession) {
                if (in.isReadable()) {
                    forward.send(in.readRetainedSlice(in.readableBytes()));
                }
                return false;
            }
            return payloadPattern != null && payloadLine();
        }
        if (profile.masterCli().workerSessions()) {
            WorkerSessionStart start = workerSessionPrefix();
            if (start != WorkerSessionStart.NONE) {
                return start == WorkerSessionStart.TAKEN || missingData();
            }
        }
        int end = MasterRequest.commandEnd(in);
        if (end < 0) {
            return missingData();
        }
        String command = in.readCharSequence(end, StandardCharsets.ISO_8859_1).toString();
        in.skipBytes(1);
        request(MasterRequest.parse(command));
        return true;
    }

    /** No whole command: the end of the connection if the client closed its side, else wait for more. */
    private boolean missingData() {
        if (inputClosed || quitting) {
            close();
            return false;
        }
        if (in.readableBytes() >= bufferSize - BUFFER_RESERVE) {
            // a command too long for the buffer is replaced by "help", as HAProxy's master does
            in.clear().writeCharSequence("help\n", StandardCharsets.ISO_8859_1);
            return true;
        }
        return false;
    }

    /** One command: a prefix, one the master reads itself, or one it sends on. */
    private void request(MasterRequest request) {
        List<String> words = request.words();
        String first = words.isEmpty() ? "" : words.get(0);
        if (first.startsWith("@")) {
            Optional<Long> target = resolve(first);
            if (target.isEmpty()) {
                fail("Can't find the target PID matching the prefix '" + first + "'\n");
            } else if (words.size() == 1) {
                // alone, a prefix names where the next commands go
                modes.defaultTarget(target.get());
                writePrompt();
            } else {
                forward(request, 1, target.get());
            }
        } else if (readByMaster(words)) {
            String error = runOwn(words);
            if (error != null) {
                fail(error);
                return;
            }
            writePrompt();
            quitting |= first.equals("quit");
        } else {
            forward(request, 0, -1);
        }
    }

    /** The commands the master reads itself and never sends on. */
    private boolean readByMaster(List<String> words) {
        return switch (words.isEmpty() ? "" : words.get(0)) {
            case "prompt", "quit", "operator", "user", "expert-mode", "experimental-mode", "mcli-debug-mode" -> true;
            case "set" -> profile.masterCli().readsSeverityOutput() && words.size() > 1
                    && words.get(1).equals("severity-output");
            default -> false;
        };
    }

    /** Runs a command the master reads itself; its error message, or null. */
    private String runOwn(List<String> words) {
        String first = words.get(0);
        return switch (first) {
            case "prompt" -> modes.prompt(profile.promptSyntax(), words);
            case "operator" -> modes.lowerLevel(AccessLevel.OPERATOR);
            case "user" -> modes.lowerLevel(AccessLevel.USER);
            case "expert-mode", "experimental-mode", "mcli-debug-mode" ->
                    modes.mode(first, words.size() > 1 && words.get(1).equals("on"));
            case "set" -> modes.severityOutput(words.size() > 2 ? words.get(2) : "");
            default -> null; // quit
        };
    }

    /**
     * Sends the command on, from its word {@code skipped} (after a prefix naming {@code explicitTarget}; -1 for none),
     * after the modes this session carries; a command opening a payload keeps the process's connection for it.
     */
    private void forward(MasterRequest request, int skipped, long explicitTarget) {
        payloadPattern = request.payloadPattern(profile.maxPatternLength());
        String text = request.forwarded(skipped);
        if (text.length() > 1) {
            text = modes.carriedModes(explicitTarget <= 0) + text;
        }
        send(explicitTarget >= 0 ? explicitTarget : modes.defaultTarget(), text);
    }

    /** The process a prefix names: {@code @}, {@code @0}, {@code @master}, {@code @1}, {@code @!<pid>}. */
    private Optional<Long> resolve(String prefix) {
        String name = prefix.substring(1);
        if (name.isEmpty() || name.equals("master")) {
            return Optional.of(MasterModes.MASTER);
        }
        if (name.startsWith("!")) {
            Long pid = number(name.substring(1));
            return pid == null ? Optional.empty() : processes.byPid(pid).map(WorkerProcess::pid);
        }
        Long relative = number(name);
        if (relative == null || relative != 0 && relative != 1) {
            return Optional.empty();
        }
        return relative == 0 ? Optional.of(MasterModes.MASTER) : processes.current().map(WorkerProcess::pid);
    }

    /** A number as HAProxy reads a pid there (leading spaces and a sign allowed, nothing after it), or null. */
    private static Long number(String text) {
        try {
            return Long.valueOf(text.stripLeading());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What {@link #workerSessionPrefix} made of the input. */
    private enum WorkerSessionStart {
        /** The input starts with a worker session prefix: taken (or refused, with its error). */
        TAKEN,
        /** No line feed yet: from 3.2, the master reads nothing before a whole line. */
        LINE_INCOMPLETE,
        /** Not a worker session prefix. */
        NONE
    }

    /**
     * {@code @@<pid>} at the start of a line (3.2+): the rest of the connection goes to that worker as it comes, at
     * this session's level; alone, it enters the worker in this session's prompt mode.
     */
    private WorkerSessionStart workerSessionPrefix() {
        int end = in.writerIndex();
        int p = in.readerIndex();
        while (p < end && (in.getByte(p) == ' ' || in.getByte(p) == '\t')) {
            p++;
        }
        if (in.indexOf(p, end, (byte) '\n') < 0) {
            return WorkerSessionStart.LINE_INCOMPLETE;
        }
        if (p + 1 >= end || in.getByte(p) != '@' || in.getByte(p + 1) != '@') {
            return WorkerSessionStart.NONE;
        }
        int nameStart = p;
        p += 2;
        while (p < end && !isSpace(in.getByte(p))) {
            p++;
        }
        String prefix = in.toString(nameStart, p - nameStart, StandardCharsets.ISO_8859_1);
        while (p < end && isSpace(in.getByte(p))) {
            p++;
        }
        Optional<Long> target = resolve(prefix.substring(1));
        if (target.isEmpty()) {
            fail("Can't find the target PID matching the prefix '" + prefix + "'\n");
            return WorkerSessionStart.TAKEN;
        }
        in.readerIndex(p);
        workerSession = true;
        send(target.get(), modes.carriedLevel() + (in.isReadable() ? "" : modes.promptCommand()));
        return WorkerSessionStart.TAKEN;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** One line of a payload being sent on; the line that ends it ends the command. */
    private boolean payloadLine() {
        int lineFeed = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
        if (lineFeed < 0) {
            return missingData();
        }
        int length = lineFeed - in.readerIndex();
        String line = in.toString(in.readerIndex(), length, StandardCharsets.ISO_8859_1);
        forward.send(in.readRetainedSlice(length + 1));
        if (line.equals(payloadPattern)) {
            payloadPattern = null;
            forward.finish();
        } else {
            writePrompt();
        }
        return true;
    }

    /** Sends {@code text} on to the process {@code pid} and relays its answer. */
    private void send(long pid, String text) {
        Path link;
        if (pid == MasterModes.MASTER) {
            link = masterLink;
        } else {
            Optional<WorkerProcess> worker = processes.byPid(pid);
            if (worker.isEmpty()) {
                replyAndClose("Can't connect to the target CLI!\n");
                return;
            }
            link = worker.get().link();
        }
        forward = Forward.open(server, link, new Forward.Answer() {
            @Override
            public void received(ByteBuf bytes) {
                if (quitting) {
                    bytes.release();
                } else {
                    ctx.writeAndFlush(bytes);
                }
            }

            @Override
            public void ended(boolean connected) {
                answered(connected);
            }

            @Override
            public boolean clientWritable() {
                return ctx.channel().isWritable();
            }
        });
        forward.send(text);
        if (payloadPattern == null && !workerSession) {
            forward.finish();
        } else if (payloadPattern != null) {
            writePrompt();
        }
    }

    private void answered(boolean connected) {
        if (closing) {
            return;
        }
        if (closeAfterAnswer || quitting) {
            close();
            return;
        }
        if (!connected) {
            replyAndClose("Can't connect to the target CLI!\n");
            return;
        }
        forward = null;
        payloadPattern = null;
        workerSession = false;
        writePrompt();
        process();
    }

    /** An error in a command the master reads itself: answered, and what the client sent with it dropped. */
    private void fail(String message) {
        if (profile.masterCli().requestErrorCloses()) {
            replyAndClose(message);
            return;
        }
        write(message);
        in.clear();
        writePrompt();
    }

    private void writePrompt() {
        long target = modes.defaultTarget();
        Optional<Instant> targetStart = processes.byPid(target).map(WorkerProcess::startedAt);
        write(modes.promptText(payloadPattern != null, processes.failedReloads() > 0, processes.masterStartedAt(),
                targetStart));
    }

    private void write(String text) {
        if (!text.isEmpty()) {
            ctx.writeAndFlush(Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1));
        }
    }

    private void replyAndClose(String message) {
        write(message);
        close();
    }

    private void close() {
        if (!closing) {
            closing = true;
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
