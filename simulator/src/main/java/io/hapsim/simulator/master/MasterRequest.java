package io.hapsim.simulator.master;

import io.hapsim.simulator.version.VersionProfile;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * One command as the master cuts it from its input: up to a {@code ;} or a line feed (a backslash protects the
 * character after it), split in words at spaces and tabs. The master reads a few commands itself and sends the rest
 * on, from the word where its own reading stops.
 */
final class MasterRequest {

    private final char[] text;
    private final List<Integer> starts = new ArrayList<>();
    private final List<String> words = new ArrayList<>();

    private MasterRequest(String line) {
        this.text = line.toCharArray();
        int p = 0;
        while (words.size() < VersionProfile.MAX_ARGUMENTS && p < text.length) {
            while (p < text.length && (text[p] == ' ' || text[p] == '\t')) {
                p++;
            }
            if (p == text.length) {
                break;
            }
            int start = p;
            while (p < text.length && text[p] != ' ' && text[p] != '\t') {
                p += text[p] == '\\' ? 2 : 1;
            }
            p = Math.min(p, text.length);
            starts.add(start);
            words.add(line.substring(start, p));
            if (p < text.length) {
                // the separator after a word is sent on as a space
                text[p++] = ' ';
            }
        }
    }

    /**
     * Where the command the input starts with ends (its {@code ;} or line feed), counted from the first readable
     * byte; -1 until it has come.
     */
    static int commandEnd(ByteBuf input) {
        int end = input.writerIndex();
        for (int i = input.readerIndex(); i < end; i++) {
            byte c = input.getByte(i);
            if (c == '\\') {
                i++;
            } else if (c == ';' || c == '\n') {
                return i - input.readerIndex();
            }
        }
        return -1;
    }

    static MasterRequest parse(String command) {
        return new MasterRequest(command);
    }

    List<String> words() {
        return words;
    }

    /** What is sent on when the master has read {@code skipped} words itself, with the line feed that ends it. */
    String forwarded(int skipped) {
        int from = skipped == 0 ? 0 : skipped < starts.size() ? starts.get(skipped) : text.length;
        return new String(text, from, text.length - from) + "\n";
    }

    /** The pattern ending the payload this command opens, or null: a last word {@code <<} plus up to {@code max}. */
    String payloadPattern(int max) {
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1);
        return last.startsWith("<<") && last.length() - 2 <= max ? last.substring(2) : null;
    }
}
