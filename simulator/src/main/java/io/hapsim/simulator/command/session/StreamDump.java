package io.hapsim.simulator.command.session;

import io.hapsim.simulator.command.VersionProperties;
import io.hapsim.simulator.state.CliStream;
import io.hapsim.simulator.version.StreamListing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CLI stream dumped at length ({@code show sess all}, {@code show sess <pointer>}, {@code show sess older <age>}),
 * in the layout of the version measured: {@code stream-dump/<name>.txt}, whose placeholders are the stream's own
 * values (below) or, failing that, the value the layout had for a stream in the same state ({@code idle},
 * {@code asking}, {@code answered}) in {@code stream-dump/<name>.properties}, itself a text with placeholders.
 * {@code {stream+0x28}} is the stream's pointer plus an offset: the other structures of a stream (task, connectors,
 * connection, applet, channels, buffers) lie at fixed distances from it, as real's do from a stream of their pools.
 *
 * <p>The stream's values: {@code stream} and {@code listener} (pointers), {@code date} (its accept date),
 * {@code id}, {@code proto}, {@code source}, {@code addr} (the listener's address), {@code listener_id},
 * {@code epoch}, {@code age}, {@code left} (the read timeout left), {@code timeout} (the stats timeout),
 * {@code fd}, {@code read} and {@code written} (bytes), {@code dumped} (the dump before it, which 2.6's asking
 * stream holds in its response buffer), {@code written_and_dumped}, and its flags {@code req_flags},
 * {@code res_flags}, {@code scf_flags}.
 */
final class StreamDump {

    private static final String FOLDER = "command/session/stream-dump";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_0-9]+)(?:([+-])0x([0-9a-f]+))?}");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss.SSSSSS", Locale.ENGLISH);
    private static final Map<String, StreamDump> LOADED = new ConcurrentHashMap<>();

    private final String layout;
    private final VersionProperties states;

    private StreamDump(String layout, VersionProperties states) {
        this.layout = layout;
        this.states = states;
    }

    /** The layout named {@code name} (a profile's {@code streamDump}). */
    static StreamDump named(String name) {
        return LOADED.computeIfAbsent(name, StreamDump::load);
    }

    private static StreamDump load(String name) {
        String resource = "/io/hapsim/simulator/" + FOLDER + "/" + name + ".txt";
        try (InputStream in = StreamDump.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no stream dump layout " + resource);
            }
            return new StreamDump(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    VersionProperties.load(FOLDER, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends {@code stream}'s dump to {@code out} (which holds the dump of the streams before it), the stream being
     * in {@code state} with these {@code flags}, its listener at {@code listenerPointer}.
     */
    void append(StringBuilder out, CliStream stream, String state, StreamListing.Flags flags, long listenerPointer) {
        Map<String, Long> pointers = Map.of("stream", stream.pointer(), "listener", listenerPointer);
        Map<String, String> values = new HashMap<>();
        values.put("date", DATE.format(stream.accepted()));
        values.put("id", Long.toString(stream.id()));
        values.put("proto", ShowSessCommand.protocol(stream));
        values.put("source", ShowSessCommand.source(stream));
        values.put("addr", stream.local() == null ? "unix:" + stream.listenerId()
                : stream.local().getAddress().getHostAddress() + ":" + stream.local().getPort());
        values.put("listener_id", Integer.toString(stream.listenerId()));
        values.put("epoch", ShowSessCommand.epoch(stream));
        values.put("age", ShowSessCommand.humanTime(stream.age().getSeconds()));
        values.put("left", ShowSessCommand.timeoutLeft(stream, state.equals("asking")));
        values.put("timeout", ShowSessCommand.humanTime(stream.idleTimeout().getSeconds()));
        values.put("fd", Integer.toString(stream.fd()));
        values.put("read", Long.toString(stream.bytesRead()));
        values.put("written", Long.toString(stream.bytesWritten()));
        values.put("dumped", Integer.toString(out.length()));
        values.put("written_and_dumped", Long.toString(stream.bytesWritten() + out.length()));
        values.put("req_flags", ShowSessCommand.sixDigits(flags.request()));
        values.put("res_flags", ShowSessCommand.sixDigits(flags.response()));
        values.put("scf_flags", String.format("0x%08x", flags.frontConnector()));
        out.append(expand(layout, state, pointers, values));
    }

    private String expand(String text, String state, Map<String, Long> pointers, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value;
            if (pointers.containsKey(name)) {
                long offset = placeholder.group(3) == null ? 0 : Long.parseLong(placeholder.group(3), 16);
                value = StreamPointer.format(pointers.get(name) + ("-".equals(placeholder.group(2)) ? -offset : offset));
            } else if (values.containsKey(name)) {
                value = values.get(name);
            } else {
                value = expand(states.value(state + "." + name), state, pointers, values);
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
