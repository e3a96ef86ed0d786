package io.hapsim.simulator.session.framing;

import io.hapsim.simulator.version.EmptyPayload;
import io.hapsim.simulator.version.PayloadMarkerRule;
import io.hapsim.simulator.version.VersionProfile;
import io.netty.buffer.ByteBuf;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Framing of 3.2: a whole line (and the payload its last command announces) is received before any of its
 * {@code ;}-separated commands runs; the commands are then handed out one by one, cut again at NUL bytes.
 */
public final class LineFramer implements Framer {

    /** Longest line (without its LF) the buffer takes: measured on 3.2.26, a line of tune.bufsize bytes fails. */
    private final int lineCapacity;
    /**
     * 3.2: line, payload lines and terminating LF must stay under tune.bufsize (measured on 3.2.26); 3.4: the
     * payload has a buffer of its own.
     */
    private final int payloadCapacity;
    /** Whether the command line's bytes count against {@link #payloadCapacity} (not from 3.4). */
    private final boolean lineSharesPayloadBuffer;
    private final EmptyPayload emptyPayload;
    private final int maxPatternLength;
    private final InputScanner scanner = new InputScanner();
    private final PayloadCollector payload;
    private final Deque<Frame.Command> ready = new ArrayDeque<>();
    private List<String> waitingCommands;
    private int waitingPayloadIndex;
    private int waitingLineBytes;
    /** 3.4: a payload starts in what its command line left of the line buffer, and grows by that much each time. */
    private int payloadStep;
    private int payloadRoom;

    public LineFramer(VersionProfile profile, int bufferSize) {
        this.lineCapacity = bufferSize;
        this.lineSharesPayloadBuffer = profile.payloadBufferSize() == 0;
        this.payloadCapacity = lineSharesPayloadBuffer ? bufferSize - 1 : profile.payloadBufferSize();
        this.emptyPayload = profile.emptyPayload();
        this.maxPatternLength = profile.maxPatternLength();
        this.payload = new PayloadCollector(profile.crlf());
    }

    @Override
    public Frame next(ByteBuf in, boolean inputClosed) {
        if (!ready.isEmpty()) {
            return ready.poll();
        }
        if (payload.isOpen()) {
            return nextPayloadLine(in, inputClosed);
        }
        int lineFeed = scanner.findUnescaped(in, (byte) '\n', (byte) '\n');
        if (lineFeed < 0) {
            if (in.readableBytes() >= lineCapacity) {
                scanner.reset();
                return new Frame.Oversize(false);
            }
            return inputClosed ? new Frame.EndOfInput(false) : new Frame.NeedInput(false);
        }
        int length = lineFeed - in.readerIndex();
        if (length >= lineCapacity) {
            return new Frame.Oversize(false);
        }
        String line = Latin1.read(in, length);
        in.skipBytes(1);
        // 3.2 reads a CR before the LF as the start of one more, empty, command
        boolean crlf = line.endsWith("\r");
        List<String> commands = splitCommands(crlf ? line.substring(0, length - 1) : line);
        int lastIndex = commands.size() - 1;
        PayloadMarker marker = PayloadMarker.find(commands.get(lastIndex), PayloadMarkerRule.LAST_WORD_OF_LINE,
                maxPatternLength);
        if (crlf) {
            commands.add("");
        }
        if (marker.opensPayload()) {
            commands.set(lastIndex, marker.command());
            payload.open(marker);
            waitingCommands = commands;
            waitingPayloadIndex = lastIndex;
            waitingLineBytes = lineSharesPayloadBuffer ? length + 1 : 0;
            payloadStep = lineCapacity - (length + 1);
            payloadRoom = payloadStep;
            return next(in, inputClosed);
        }
        return release(commands, -1, null);
    }

    private Frame nextPayloadLine(ByteBuf in, boolean inputClosed) {
        while (true) {
            int lineFeed = scanner.findLineFeed(in);
            if (lineFeed < 0) {
                if (waitingLineBytes + payload.size() + in.readableBytes() >= payloadCapacity) {
                    return oversizePayload();
                }
                if (outgrowsRoom(in.readableBytes())) {
                    return grow();
                }
                return inputClosed ? new Frame.EndOfInput(true) : new Frame.NeedInput(true);
            }
            int lineLength = lineFeed - in.readerIndex();
            // the bound of a line still missing its LF, so that where the input was cut does not matter; the
            // terminating line counts too
            if (waitingLineBytes + payload.size() + lineLength >= payloadCapacity) {
                return oversizePayload();
            }
            if (outgrowsRoom(lineLength + 1)) {
                return grow();
            }
            boolean ended = payload.offer(in, lineLength);
            in.skipBytes(1);
            if (ended) {
                boolean empty = payload.lines() == 0;
                String text = payload.close();
                return release(waitingCommands, waitingPayloadIndex,
                        empty && emptyPayload == EmptyPayload.IGNORED ? null : text);
            }
            if (waitingLineBytes + payload.size() >= payloadCapacity) {
                return oversizePayload();
            }
        }
    }

    /**
     * Whether {@code bytes} more do not fit in the payload's room, one byte kept for a NUL (only a payload with a
     * buffer of its own grows; the others are bounded by {@link #payloadCapacity} alone). Measured on 3.4.7: the
     * first growth is exact; later ones come within about 60 bytes of real HAProxy's.
     */
    private boolean outgrowsRoom(int bytes) {
        return !lineSharesPayloadBuffer && payload.size() + bytes > payloadRoom - 1;
    }

    private Frame grow() {
        payloadRoom += payloadStep;
        return Frame.PayloadBufferGrew.GREW;
    }

    private Frame oversizePayload() {
        payload.close();
        scanner.reset();
        return new Frame.Oversize(true);
    }

    /** Splits a line on unescaped {@code ;}. */
    private static List<String> splitCommands(String body) {
        List<String> commands = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ';') {
                commands.add(body.substring(start, i));
                start = i + 1;
            }
        }
        commands.add(body.substring(start));
        return commands;
    }

    /**
     * Hands out the commands of a line. 3.2 runs each as a C string, so a NUL byte cuts a command in two: the part
     * after it runs as one more command (the payload, if any, going to the last part).
     */
    private Frame release(List<String> commands, int payloadIndex, String payloadText) {
        for (int i = 0; i < commands.size(); i++) {
            String[] parts = commands.get(i).split("\0", -1);
            for (int p = 0; p < parts.length; p++) {
                boolean last = i == commands.size() - 1 && p == parts.length - 1;
                String text = i == payloadIndex && p == parts.length - 1 ? payloadText : null;
                ready.add(new Frame.Command(parts[p], text, false, last, last, false));
            }
        }
        waitingCommands = null;
        return ready.poll();
    }

    @Override
    public int payloadLines() {
        return payload.isOpen() ? payload.lines() : 0;
    }
}
