package io.hapsim.simulator.session;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.command.LiveOutput;
import io.hapsim.simulator.command.OutputSource;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.fault.AppliedFault;
import io.hapsim.simulator.fault.ConnectionFaults;
import io.hapsim.simulator.fault.Fault;
import io.hapsim.simulator.fault.FaultPhase;
import io.hapsim.simulator.fault.VersionQuirk;
import io.hapsim.simulator.session.framing.CommandWords;
import io.hapsim.simulator.session.framing.Frame;
import io.hapsim.simulator.session.framing.Framer;
import io.hapsim.simulator.session.framing.LineFramer;
import io.hapsim.simulator.session.framing.StreamingFramer;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.events.Severity;
import io.hapsim.simulator.version.CloseStyle;
import io.hapsim.simulator.version.IdleTimeoutRule;
import io.hapsim.simulator.version.LineMode;
import io.hapsim.simulator.version.OversizeAnswer;
import io.hapsim.simulator.version.PayloadPrompt;
import io.hapsim.simulator.version.VersionProfile;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CLI connection: takes commands from the input as the version's framer cuts them, runs them, writes each
 * answer and its terminator, and decides, as that version does, whether to read the next command or to close.
 *
 * <p>Input is read only on demand ({@code autoRead} off) and never beyond one buffer's worth, so that what the
 * client sends after the point where HAProxy would stop reading stays unread in the kernel, and the close has the
 * same effect on the client's writes (EPIPE, RST) as HAProxy's.
 */
public final class CliSession extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CliSession.class);
    private static final String TOO_MANY_ARGUMENTS = "Too many arguments. Commands must have at most 64 arguments.\n";
    private static final String NEWLINE_CHAINING_WARNING = "Commands sent to the CLI were chained using a new line"
            + " character while in non-interactive mode. This is not reliable, not officially supported and will not"
            + " be supported anymore in future versions. Please use ';' to delimit commands instead.";
    private static final int OUTPUT_CHUNK = 16 * 1024;

    private final RuntimeState runtime;
    private final VersionProfile profile;
    private final CommandRegistry registry;
    private final SessionState state;
    private final Framer framer;
    private final ConnectionObserver observer;
    private final ConnectionFaults faults;
    private final NonInteractiveClose nonInteractiveClose;
    private final Consumer<Throwable> fatalErrors;
    private final StringBuilder text = new StringBuilder();

    private ChannelHandlerContext ctx;
    private ByteBuf in;
    private boolean inputClosed;
    private boolean readRequested;
    private boolean closing;
    private boolean continuationShown;
    private boolean previousCommandEndedLine;
    private int commandsRun;
    /** Lines (commands and payload lines) taken from the input since the last socket read. */
    private int linesSinceRead;
    /** 3.0.11: the rest of the line waits for the client's next bytes or end (see {@link #finish}). */
    private boolean stalled;
    /** Answers nothing and reads nothing more, until the client closes (3.3.0 on an oversized payload). */
    private boolean spinning;
    /** A stall fault: input is still read, nothing runs until it ends (never, for a stall forever). */
    private boolean held;
    /** Reads nothing more (a fault, or the input-buffer-full freeze once the buffer filled). */
    private boolean readsStopped;
    private boolean freezesWhenFull;
    private boolean spinsOnOversizePayload;
    /** The faults drawn for the command being run, applied at their phases. */
    private List<AppliedFault> commandFaults = List.of();
    /** How the simulator ended the connection, once it did; the journal's record of it. */
    private ConnectionEnd ending;
    /** The answer of the command being run, as far as the observer wants it (null: not gathering). */
    private StringBuilder answerText;
    private long answerSize;
    private OutputSource stream;
    private Frame.Command streamedCommand;
    /** An answer that goes on as events arrive (the command is {@link #streamedCommand}); see {@link #follow}. */
    private LiveOutput live;
    /** A ring wakes its readers as it is written to; the reader writes once the writer's work is done. */
    private final Runnable liveWake = () -> ctx.executor().execute(this::liveArrived);
    private InputCheck pendingInputCheck;
    private ScheduledFuture<?> idleTimer;
    /** Output not handed to the channel yet (see {@link #write}). */
    private ByteBuf output;

    public CliSession(RuntimeState runtime, CommandRegistry registry, SessionState state, ConnectionHooks hooks) {
        this.runtime = runtime;
        this.profile = runtime.profile();
        this.registry = registry;
        this.state = state;
        this.observer = hooks.observer();
        this.faults = hooks.faults();
        this.nonInteractiveClose = hooks.nonInteractiveClose();
        this.fatalErrors = hooks.fatalErrors();
        this.framer = profile.lineMode() == LineMode.WHOLE_LINE
                ? new LineFramer(profile, runtime.bufferSize())
                : new StreamingFramer(profile, runtime.bufferSize());
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.in = ctx.alloc().heapBuffer(Math.min(runtime.bufferSize(), 4096));
        ctx.channel().config().setRecvByteBufAllocator(new InputRoomAllocator(this::inputRoom));
    }

    /** What the next socket read may take: the free part of the buffer (a whole buffer while draining). */
    private int inputRoom() {
        return closing ? runtime.bufferSize() : runtime.bufferSize() - in.readableBytes();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        cancelTimers();
        stopLive();
        in.release();
        if (output != null) {
            output.release();
            output = null;
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        runtime.counters().connectionOpened();
        InetSocketAddress peer = ctx.channel().remoteAddress() instanceof InetSocketAddress inet ? inet : null;
        InetSocketAddress local = ctx.channel().localAddress() instanceof InetSocketAddress inet ? inet : null;
        state.stream(runtime.streams().open(state.listenerId(), state.fromMaster(), peer, local, state::idleTimeout,
                this::shutdownByCommand));
        for (AppliedFault fault : faults.atAccept()) {
            if (!applyFault(fault, this::process)) {
                return;
            }
        }
        requestInput();
        armIdleTimer();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf data = (ByteBuf) msg;
        try {
            observer.received(data);
            if (spinning) {
                return;
            }
            if (closing) {
                if (profile.closeStyle() == CloseStyle.SHUT_WRITE_THEN_ABORT) {
                    abort();
                } else {
                    armIdleTimer(); // draining counts as activity
                }
                return;
            }
            state.stream().read(data.readableBytes());
            in.writeBytes(data);
            if (freezesWhenFull && in.readableBytes() >= runtime.bufferSize()) {
                readsStopped = true;
            }
        } finally {
            data.release();
        }
        continuationShown = false;
        stalled = false;
        linesSinceRead = 0;
        cancelIdleTimer();
        cancelInputCheck();
        if (live != null) {
            liveInput();
            return;
        }
        process();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        readRequested = false;
        if (closing) {
            if (profile.closeStyle() == CloseStyle.DRAIN) {
                ctx.read();
            }
        } else if (stream == null) {
            requestInput();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (!(event instanceof ChannelInputShutdownEvent)) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        inputClosed = true;
        observer.inputClosed();
        if (closing || spinning) {
            closeNow(); // once the answer is out: a client that half-closed still reads all of it
            return;
        }
        if (live != null) {
            // before 3.0, what the client sent first is only seen at the next event, the close with it
            if (profile.eventsCli().inputEndsFollowing() || !in.isReadable()) {
                endLive();
            }
            return;
        }
        cancelInputCheck();
        stalled = false;
        process();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable() && !closing) {
            if (stream != null) {
                continueStream();
            } else if (live != null) {
                liveArrived();
            } else {
                process();
            }
        }
        ctx.fireChannelWritabilityChanged();
    }

    private void continueStream() {
        if (stream != null && !closing && pump()) {
            Frame.Command command = streamedCommand;
            streamedCommand = null;
            finish(command);
            process();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        closing = true;
        ctx.close();
        if (cause instanceof VirtualMachineError) {
            fatalErrors.accept(cause);
        } else {
            LOG.debug("connection {} failed: {}", ctx.channel(), cause.toString());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        runtime.counters().connectionClosed();
        runtime.streams().close(state.stream());
        closing = true;
        cancelTimers();
        stopLive();
        observer.ended(ending != null ? ending
                : ctx.executor().isShuttingDown() ? ConnectionEnd.SIMULATOR_STOPPED : ConnectionEnd.CLIENT_CLOSED);
        ctx.fireChannelInactive();
    }

    /** Runs every command the buffered input holds, until input runs short, output backs up, or the end. */
    private void process() {
        while (!closing && stream == null && live == null && pendingInputCheck == null && !stalled && !spinning
                && !held) {
            if (!ctx.channel().isWritable()) {
                flush();
                return;
            }
            Frame frame = framer.next(in, inputClosed);
            if (frame instanceof Frame.Command command) {
                linesSinceRead++;
                run(command);
            } else if (frame instanceof Frame.PayloadLine) {
                linesSinceRead++;
                if (state.mode() == InteractionMode.PROMPT && profile.payloadPrompt() == PayloadPrompt.EVERY_LINE) {
                    write(Prompt.CONTINUATION);
                }
                if (!applyPayloadFaults()) {
                    break;
                }
            } else if (frame instanceof Frame.PayloadBufferGrew) {
                if (state.mode() == InteractionMode.PROMPT) {
                    write(Prompt.CONTINUATION);
                }
            } else if (frame instanceof Frame.NeedInput need) {
                if (need.insidePayload() && !applyPayloadFaults()) {
                    break;
                }
                awaitInput(need);
                return;
            } else if (frame instanceof Frame.Oversize oversize) {
                OversizeAnswer answer = oversize.payload() ? profile.oversizePayload() : profile.oversizeCommand();
                if (answer == OversizeAnswer.SPIN || oversize.payload() && spinsOnOversizePayload) {
                    spinning = true; // reads no more: the client's writes stall once the kernel's buffers fill
                    flush();
                    return;
                }
                // an error, not the end of a conversation: closed at once, whatever the close style
                write(prefixed(new Reply.Message(Severity.ERR, Oversize.message(answer))));
                closeNow();
                return;
            } else {
                Frame.EndOfInput end = (Frame.EndOfInput) frame;
                if (end.insidePayload() && promptsForDrainedPayload()) {
                    // the payload was waiting for lines when the client's end arrived: 3.2+ still prompt once
                    write(Prompt.CONTINUATION);
                }
                closeNow();
                return;
            }
        }
        flush();
    }

    private void awaitInput(Frame.NeedInput need) {
        in.discardSomeReadBytes();
        armIdleTimer();
        // 3.2 prompts for a payload line only when the client has really sent nothing more
        if (need.insidePayload() && promptsForDrainedPayload() && !in.isReadable()) {
            afterNextPoll(() -> {
                write(Prompt.CONTINUATION);
                continuationShown = true;
                flush();
            });
            return;
        }
        flush();
        requestInput();
    }

    /** 3.2+ print {@code + } in prompt mode when a payload's input runs out, once until more input is read. */
    private boolean promptsForDrainedPayload() {
        return state.mode() == InteractionMode.PROMPT && profile.payloadPrompt() != PayloadPrompt.EVERY_LINE
                && !continuationShown;
    }

    private void run(Frame.Command command) {
        if (profile.warnsNewlineChaining() && previousCommandEndedLine
                && state.mode() == InteractionMode.NON_INTERACTIVE) {
            runtime.log().warningOnce("newline-chaining", NEWLINE_CHAINING_WARNING);
        }
        previousCommandEndedLine = command.endsLine();
        commandsRun++;

        CommandWords words = CommandWords.split(command.text());
        List<String> args = argsOf(command, words);
        String payload = payloadOf(command);
        observer.commandTaken(args, payload, state.level());
        int limit = observer.answerLimit();
        answerText = limit > 0 ? new StringBuilder(Math.min(limit, 256)) : null;
        answerSize = 0;
        commandFaults = faults.forCommand(args, commandsRun);
        // a payload that came whole is cut where a payload fault says, as if its lines had come one by one
        if (payload != null && !applyFaults(faults.inPayload(PayloadLines.count(payload)), null)) {
            return;
        }
        Runnable execution = () -> execute(command, replyTo(words, args, payload));
        if (applyFaults(AppliedFault.at(FaultPhase.BEFORE_COMMAND, commandFaults), execution)) {
            execution.run();
        }
    }

    private static List<String> argsOf(Frame.Command command, CommandWords words) {
        if (command.glued() && command.payload() != null) {
            // 2.x: a marker glued to a word is not seen as such, and the payload reads as more words
            List<String> args = new ArrayList<>(words.words());
            args.addAll(CommandWords.split(command.payload()).words());
            return args;
        }
        return words.words();
    }

    private static String payloadOf(Frame.Command command) {
        String payload = command.glued() ? null : command.payload();
        if (payload != null && payload.indexOf('\0') >= 0) {
            return payload.substring(0, payload.indexOf('\0')); // commands read their payload as a C string
        }
        return payload;
    }

    /** The command's reply: what a fault answers instead of it, or what running it gives. */
    private Reply replyTo(CommandWords words, List<String> args, String payload) {
        for (AppliedFault fault : AppliedFault.at(FaultPhase.BEFORE_COMMAND, commandFaults)) {
            if (fault.fault() instanceof Fault.Answer answer) {
                return Reply.text(answer.text());
            }
        }
        if (words.overflowed() && profile.rejectsTooManyArguments()) {
            return Reply.error(TOO_MANY_ARGUMENTS);
        }
        return dispatch(args, payload);
    }

    /** The command ran: its answer goes out, unless a fault acting before the answer decides otherwise. */
    private void execute(Frame.Command command, Reply reply) {
        if (applyFaults(AppliedFault.at(FaultPhase.BEFORE_ANSWER, commandFaults), () -> deliver(command, reply))) {
            deliver(command, reply);
        }
    }

    private void deliver(Frame.Command command, Reply reply) {
        if (reply instanceof Reply.Delayed delayed) {
            reply = Reply.stream(new DelayedOutput(delayed.millis(), prefixed(delayed.message())));
        }
        Fault.Drip drip = answerShaping(Fault.Drip.class);
        if (drip != null && reply instanceof Reply.Message message) {
            reply = Reply.text(prefixed(message));
        }
        if (drip != null && reply instanceof Reply.Stream streamed) {
            reply = Reply.stream(new DrippedOutput(streamed.source(), drip.bytes(), drip.period().toMillis()));
        }
        if (reply instanceof Reply.Quit) {
            closeNow();
        } else if (reply instanceof Reply.Message message) {
            write(prefixed(message));
            finish(command);
        } else if (reply instanceof Reply.Stream streamed) {
            stream = streamed.source();
            streamedCommand = command;
            if (pump()) {
                streamedCommand = null;
                finish(command);
            }
        } else if (reply instanceof Reply.Live following) {
            follow(command, following.output());
        }
    }

    /**
     * Writes what a live answer has, then more as it arrives, until the client sends something or closes its side;
     * the stats timeout does not apply meanwhile. Input already waiting ends it at once. What the client sent is
     * dropped, whole, commands included. From 3.0 input ends it as it comes; before, it is only seen when the next
     * event arrives, which is written first (measured).
     */
    private void follow(Frame.Command command, LiveOutput output) {
        live = output;
        streamedCommand = command;
        writeLive();
        if (in.isReadable()) {
            endLive();
            return;
        }
        cancelIdleTimer();
        live.start(liveWake);
        flush();
        requestInput();
    }

    /** More arrived for the live answer (or the socket takes more again). */
    private void liveArrived() {
        if (live == null || closing || !ctx.channel().isWritable()) {
            return; // once writable again, what arrived meanwhile goes out
        }
        writeLive();
        if (in.isReadable() || inputClosed) {
            endLive();
        } else {
            flush();
        }
    }

    /** The client sent something while the live answer went on. */
    private void liveInput() {
        if (profile.eventsCli().inputEndsFollowing()) {
            endLive();
        } else {
            requestInput();
        }
    }

    private void writeLive() {
        text.setLength(0);
        live.drain(text);
        write(text);
    }

    /** Ends the live answer: what the client sent meanwhile is dropped; the terminator, then as after any command. */
    private void endLive() {
        stopLive();
        in.clear();
        Frame.Command command = streamedCommand;
        streamedCommand = null;
        finish(command);
        process();
    }

    private void stopLive() {
        if (live != null) {
            live.stop();
            live = null;
        }
    }

    /** The fault of this kind that shapes the current command's answer (drip, dropped terminator), or null. */
    private <T extends Fault> T answerShaping(Class<T> kind) {
        for (AppliedFault fault : AppliedFault.at(FaultPhase.BEFORE_ANSWER, commandFaults)) {
            if (kind.isInstance(fault.fault())) {
                return kind.cast(fault.fault());
            }
        }
        return null;
    }

    /**
     * Applies faults in order; false once one ended or held the connection (a held connection goes on with
     * {@code continuation} when the stall ends; null: nothing to go on with, the session just reads on).
     */
    private boolean applyFaults(List<AppliedFault> applied, Runnable continuation) {
        for (AppliedFault fault : applied) {
            if (!applyFault(fault, continuation)) {
                return false;
            }
        }
        return true;
    }

    private boolean applyFault(AppliedFault applied, Runnable continuation) {
        observer.faultApplied(applied.description());
        Fault fault = applied.fault();
        if (fault instanceof Fault.Close) {
            closeNow();
            return false;
        }
        if (fault instanceof Fault.Reset) {
            closing = true;
            flushed().addListener(written -> abort());
            return false;
        }
        if (fault instanceof Fault.Stall stall) {
            hold(stall, continuation);
            return false;
        }
        if (fault instanceof Fault.StopReading) {
            readsStopped = true;
        } else if (fault instanceof Fault.Quirk quirk) {
            freezesWhenFull |= quirk.quirk() == VersionQuirk.INPUT_BUFFER_FULL_FREEZE;
            spinsOnOversizePayload |= quirk.quirk() == VersionQuirk.OVERSIZE_PAYLOAD_SPIN;
        }
        return true; // the others shape the answer where it is written
    }

    /** Runs nothing (input is still read, up to a buffer) until the stall ends, then goes on. */
    private void hold(Fault.Stall stall, Runnable continuation) {
        held = true;
        cancelIdleTimer();
        flush();
        requestInput();
        if (stall.forever()) {
            return;
        }
        ctx.executor().schedule(() -> {
            if (closing || !held) {
                return;
            }
            held = false;
            if (continuation != null) {
                continuation.run();
            }
            if (!held && !closing) {
                process();
            }
        }, stall.duration().toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Faults of a payload still coming in; false once one ended or held the connection. */
    private boolean applyPayloadFaults() {
        int lines = framer.payloadLines();
        return lines == 0 || applyFaults(faults.inPayload(lines), null);
    }

    private Reply dispatch(List<String> args, String payload) {
        try {
            return runtime.log().within(state.messageContext(),
                    () -> registry.dispatch(new CommandContext(args, payload, state, runtime, registry)));
        } catch (RuntimeException e) {
            LOG.error("command {} failed", args, e);
            return Reply.error("Internal error.\n");
        }
    }

    /**
     * Writes the streamed answer while the socket accepts it; true once it is complete. A source that produced
     * nothing this time (long work done in slices, like a big purge) gets called again after the event loop has
     * served the other connections.
     */
    private boolean pump() {
        while (ctx.channel().isWritable()) {
            text.setLength(0);
            boolean more = stream.produce(text, OUTPUT_CHUNK);
            write(text);
            pushOutput(); // so that the channel's writability sees each chunk of a long answer
            if (!more) {
                stream = null;
                return true;
            }
            if (text.length() == 0) {
                flush();
                long pause = stream.pauseMillis();
                if (pause > 0) {
                    ctx.executor().schedule(this::continueStream, pause, TimeUnit.MILLISECONDS);
                } else {
                    ctx.executor().execute(this::continueStream);
                }
                return false;
            }
        }
        flush();
        return false;
    }

    /** After a command's answer: its terminator, then go on reading or close, as the version does. */
    private void finish(Frame.Command command) {
        // a trailing '-' drops the terminator only where no prompt follows (non-interactive, 3.2's 'prompt i')
        boolean suppressTerminator = state.takeSuppressTerminator() && state.mode() != InteractionMode.PROMPT;
        if (!suppressTerminator) {
            String terminator = command.lastOfLine()
                    ? Prompt.after(state.mode(), state.timedPrompt(), runtime.process().uptime())
                    : Prompt.TERMINATOR;
            write(answerShaping(Fault.DropTerminator.class) != null ? terminator.substring(1) : terminator);
        }
        state.stream().commandAnswered();
        if (answerText != null) {
            observer.answered(answerText, answerSize);
            answerText = null;
        }
        if (applyFaults(AppliedFault.at(FaultPhase.AFTER_ANSWER, commandFaults),
                () -> goOnAfter(command, suppressTerminator))) {
            goOnAfter(command, suppressTerminator);
        }
    }

    /** After a command's answer and its terminator: read the next command or close, as the version does. */
    private void goOnAfter(Frame.Command command, boolean suppressTerminator) {
        commandFaults = List.of();
        if (state.mode() != InteractionMode.NON_INTERACTIVE) {
            return;
        }
        if (suppressTerminator && !command.endsLine() && profile.stallsAfterSilentCommand()) {
            // 3.0.11 only comes back to the rest of the line when the client sends more or half-closes
            stalled = true;
            armIdleTimer();
            return;
        }
        switch (profile.lineMode()) {
            case BUFFERED_RACE -> {
                if (nonInteractiveClose.endsAfter(commandsRun)) {
                    end();
                } else if (nonInteractiveClose.followsInput() && !in.isReadable()) {
                    endUnlessInputArrived();
                }
            }
            case FIRST_LINE -> {
                if (command.endsLine() && !command.keepsLineOpen()) {
                    end();
                }
            }
            case WHOLE_LINE -> {
                if (command.lastOfLine()) {
                    end();
                }
            }
        }
    }

    /**
     * 2.x ends a non-interactive connection when a command finishes with its input buffer empty. Its scheduler
     * polls the socket between two lines taken from the same read, not between a read and its first line: when
     * this command's last line came after others of the same read, bytes the client sent meanwhile would have
     * been read, so look once more; when it was the first line of its read, the buffer is as HAProxy sees it.
     */
    private void endUnlessInputArrived() {
        if (inputClosed || linesSinceRead <= 1) {
            end();
        } else {
            afterNextPoll(this::end);
        }
    }

    /**
     * Runs {@code action} once the event loop has polled the sockets again, unless this connection's input
     * brought more bytes meanwhile (then the input goes on being processed).
     */
    private void afterNextPoll(Runnable action) {
        flush();
        requestInput();
        InputCheck check = new InputCheck(action);
        pendingInputCheck = check;
        // a task scheduled by a task (whatever its delay) waits for the loop's next turn, which starts with I/O;
        // scheduled from an I/O callback, where we mostly are, it could run before that
        ctx.executor().execute(() -> ctx.executor().schedule(check, 1, TimeUnit.NANOSECONDS));
    }

    /** The look at the input that {@link #afterNextPoll} schedules; a newer one, or new input, replaces it. */
    private final class InputCheck implements Runnable {

        private final Runnable action;

        InputCheck(Runnable action) {
            this.action = action;
        }

        @Override
        public void run() {
            if (pendingInputCheck != this) {
                return;
            }
            pendingInputCheck = null;
            if (in.isReadable() || inputClosed) {
                process();
            } else {
                action.run();
            }
        }
    }

    /** {@code shutdown session}: closes once the command running now (maybe this one's) has its answer out. */
    private void shutdownByCommand() {
        ctx.executor().execute(() -> {
            if (!closing) {
                closeNow();
            }
        });
    }

    /** Ends the connection the way the version does once it is done with it. */
    private void end() {
        closing = true;
        endedBy(ConnectionEnd.SERVER_CLOSED);
        cancelTimers();
        switch (profile.closeStyle()) {
            case ABORT -> closeNow();
            case DRAIN -> {
                shutdownOutput();
                armIdleTimer();
                ctx.read();
            }
            case SHUT_WRITE_THEN_ABORT -> {
                if (inputClosed) {
                    closeNow();
                } else if (in.isReadable()) {
                    flushed().addListener(written -> abort());
                } else {
                    shutdownOutput();
                    armIdleTimer();
                    ctx.read();
                }
            }
        }
    }

    /** Records how the simulator ends the connection (a later, harsher end replaces it: a reset after a FIN). */
    private void endedBy(ConnectionEnd how) {
        if (ending == null) {
            observer.serverEnding();
        }
        ending = how;
    }

    /** Sends FIN once the answer is flushed; the connection stays open for reading. */
    private void shutdownOutput() {
        flushed().addListener(written -> {
            if (ctx.channel() instanceof DuplexChannel duplex) {
                duplex.shutdownOutput();
            } else {
                ctx.close();
            }
        });
    }

    /** Closes with a reset (TCP RST), as HAProxy aborts a connection that keeps sending after its end. */
    private void abort() {
        closing = true;
        endedBy(ConnectionEnd.SERVER_RESET);
        cancelTimers();
        if (ctx.channel() instanceof SocketChannel) {
            ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
        }
        ctx.close();
    }

    private void closeNow() {
        closing = true;
        if (ending == null) {
            endedBy(ConnectionEnd.SERVER_CLOSED);
        }
        cancelTimers();
        flushed().addListener(ChannelFutureListener.CLOSE);
    }

    private void requestInput() {
        if (!readRequested && !inputClosed && !closing && !spinning && !readsStopped
                && in.readableBytes() < runtime.bufferSize()) {
            readRequested = true;
            ctx.read();
        }
    }

    private void armIdleTimer() {
        cancelIdleTimer();
        IdleTimeoutRule rule = profile.idleTimeout();
        if (rule == IdleTimeoutRule.NEVER
                || rule == IdleTimeoutRule.UNLESS_PARTIAL_LINE && !closing && in.isReadable()) {
            return;
        }
        long millis = state.idleTimeout().toMillis();
        idleTimer = ctx.executor().schedule(() -> {
            idleTimer = null;
            closing = true;
            endedBy(ConnectionEnd.IDLE_TIMEOUT);
            ctx.close();
        }, millis, TimeUnit.MILLISECONDS);
    }

    private void cancelIdleTimer() {
        if (idleTimer != null) {
            idleTimer.cancel(false);
            idleTimer = null;
        }
    }

    private void cancelTimers() {
        cancelIdleTimer();
        cancelInputCheck();
    }

    private void cancelInputCheck() {
        pendingInputCheck = null;
    }

    private String prefixed(Reply.Message message) {
        if (message.text().isEmpty()) {
            return "";
        }
        String text = profile.messagesEndOneLineFeed() ? endingOneLineFeed(message.text()) : message.text();
        return switch (state.severityOutput()) {
            case NONE -> text;
            case NUMBER -> "[" + message.severity().number() + "]: " + text;
            case STRING -> "[" + message.severity().label() + "]: " + text;
        };
    }

    private static String endingOneLineFeed(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end) + "\n";
    }

    /**
     * Adds to the output: answers, terminators and prompts go out together at the next flush, one write instead
     * of one per piece (a bulk load in prompt mode would otherwise write {@code + } once per line).
     */
    private void write(CharSequence chars) {
        if (chars.length() == 0) {
            return;
        }
        if (output == null) {
            output = ctx.alloc().buffer(Math.max(chars.length(), 256));
        }
        if (answerText != null) {
            answerSize += chars.length();
            int room = observer.answerLimit() - answerText.length();
            answerText.append(chars, 0, Math.min(room, chars.length()));
        }
        ByteBufUtil.writeAscii(output, chars);
    }

    /** Hands the output gathered so far to the channel (without flushing it). */
    private void pushOutput() {
        if (output != null) {
            runtime.counters().sent(output.readableBytes());
            state.stream().wrote(output.readableBytes());
            observer.sent(output);
            ctx.write(output, ctx.voidPromise());
            output = null;
        }
    }

    private void flush() {
        pushOutput();
        ctx.flush();
    }

    /** Flushes everything written; the future completes once it is out, for what must follow it (a close). */
    private ChannelFuture flushed() {
        pushOutput();
        return ctx.writeAndFlush(Unpooled.EMPTY_BUFFER);
    }
}
