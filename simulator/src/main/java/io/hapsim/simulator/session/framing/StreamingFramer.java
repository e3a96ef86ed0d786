package io.hapsim.simulator.session.framing;

import io.hapsim.simulator.version.EmptyPayload;
import io.hapsim.simulator.version.VersionProfile;
import io.netty.buffer.ByteBuf;

/**
 * Framing of 2.4 to 3.1: commands are taken one at a time, each up to its {@code ;} or LF, and a command ending
 * with a payload marker is followed by its payload lines. 2.6+ take a {@code ;}-ended command as soon as its
 * {@code ;} arrives; 2.4 first waits for the whole line (or the end of input, or a full buffer).
 */
public final class StreamingFramer implements Framer {

    private final VersionProfile profile;
    /**
     * The most bytes one command with its payload may take: tune.bufsize less one byte for a terminating NUL
     * (measured on 2.6.12 and 3.0.11: no tune.maxrewrite reserve on the CLI's side).
     */
    private final int capacity;
    private final InputScanner scanner = new InputScanner();
    private final PayloadCollector payload;
    private int markerCommandBytes;

    public StreamingFramer(VersionProfile profile, int bufferSize) {
        this.profile = profile;
        this.capacity = bufferSize - 1;
        this.payload = new PayloadCollector(profile.crlf());
    }

    @Override
    public Frame next(ByteBuf in, boolean inputClosed) {
        return payload.isOpen() ? nextPayloadLine(in, inputClosed) : nextCommand(in, inputClosed);
    }

    private Frame nextCommand(ByteBuf in, boolean inputClosed) {
        int delimiter = findCommandEnd(in, inputClosed);
        if (delimiter < 0) {
            if (in.readableBytes() >= capacity) {
                scanner.reset();
                return new Frame.Oversize(false);
            }
            return inputClosed ? new Frame.EndOfInput(false) : new Frame.NeedInput(false);
        }
        int length = delimiter - in.readerIndex();
        if (length >= capacity) {
            return new Frame.Oversize(false);
        }
        boolean lineFeed = in.getByte(delimiter) == '\n';
        String command = Latin1.read(in, length);
        in.skipBytes(1);
        if (lineFeed && command.endsWith("\r")) {
            command = command.substring(0, command.length() - 1);
        }
        PayloadMarker marker = PayloadMarker.find(command, profile.markerRule(), profile.maxPatternLength());
        if (marker.opensPayload()) {
            payload.open(marker);
            markerCommandBytes = length + 1;
            return Frame.PayloadLine.TAKEN;
        }
        boolean keepsLineOpen = marker.overlongPattern() && profile.overlongPatternRunsNextLine();
        return new Frame.Command(marker.command(), null, false, lineFeed, true, keepsLineOpen);
    }

    /** The index of the byte ending the next command, or -1 when it is not complete yet. */
    private int findCommandEnd(ByteBuf in, boolean inputClosed) {
        if (profile.splitsCommandsEarly()) {
            return scanner.findUnescaped(in, (byte) '\n', (byte) ';');
        }
        int lineFeed = scanner.findLineFeed(in);
        int limit = lineFeed >= 0 ? lineFeed : in.writerIndex();
        // without its LF, a line is only cut at a ';' once no more of it can come: input ended or buffer full
        if (lineFeed < 0 && !inputClosed && in.readableBytes() < capacity) {
            return -1;
        }
        int semicolon = InputScanner.firstUnescapedSemicolon(in, in.readerIndex(), limit);
        if (semicolon < 0) {
            return lineFeed;
        }
        // the command before the ';' is about to be taken: what was scanned for a LF no longer starts there
        scanner.reset();
        return semicolon;
    }

    private Frame nextPayloadLine(ByteBuf in, boolean inputClosed) {
        int lineFeed = scanner.findLineFeed(in);
        if (lineFeed < 0) {
            if (markerCommandBytes + payload.size() + in.readableBytes() >= capacity) {
                return oversizePayload();
            }
            return inputClosed ? new Frame.EndOfInput(true) : new Frame.NeedInput(true);
        }
        int lineLength = lineFeed - in.readerIndex();
        // the bound of a line still missing its LF, so that where the input was cut does not matter; the
        // terminating line counts too
        if (markerCommandBytes + payload.size() + lineLength >= capacity) {
            return oversizePayload();
        }
        boolean ended = payload.offer(in, lineLength);
        in.skipBytes(1);
        if (!ended) {
            if (markerCommandBytes + payload.size() >= capacity) {
                return oversizePayload();
            }
            return Frame.PayloadLine.TAKEN;
        }
        PayloadMarker marker = payload.marker();
        boolean empty = payload.lines() == 0;
        String text = payload.close();
        if (empty && profile.emptyPayload() == EmptyPayload.SHOWS_USAGE) {
            return new Frame.Command("", null, false, true, true, false);
        }
        return new Frame.Command(marker.command(), text, marker.glued(), true, true, false);
    }

    private Frame oversizePayload() {
        payload.close();
        scanner.reset();
        return new Frame.Oversize(true);
    }

    @Override
    public int payloadLines() {
        return payload.isOpen() ? payload.lines() : 0;
    }
}
