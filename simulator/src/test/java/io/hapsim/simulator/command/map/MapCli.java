package io.hapsim.simulator.command.map;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandRegistry;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.session.SeverityOutput;
import io.hapsim.simulator.state.ProcessInfo;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.ServerLog;
import io.hapsim.simulator.state.pattern.PatternStore;
import io.hapsim.simulator.version.VersionProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs map/acl commands straight through the command registry, as the engine would, and renders the answers. */
final class MapCli {

    static final long PID = 1234;

    final VersionProfile profile;
    final PatternStore store;
    final RuntimeState runtime;
    final CommandRegistry registry;
    final List<String> log = new ArrayList<>();

    MapCli(VersionProfile profile, PatternStore store) {
        this.profile = profile;
        this.store = store;
        this.runtime = new RuntimeState(profile, new ProcessInfo(PID, Instant.now(), 1),
                new ServerLog(PID, log::add), 16384, store);
        this.registry = new CommandRegistry(profile, CommandTable.of(new MapCommands()));
    }

    /** The answer (without terminator) to one command line run on an admin socket. */
    String run(String line) {
        return run(AccessLevel.ADMIN, line, null);
    }

    /** The answer to {@code add map ... <<} with these payload lines (HAProxy's payload text: lines joined by LF). */
    String runWithPayload(String line, String... payloadLines) {
        String payload = payloadLines.length == 0 ? "\n" : String.join("\n", payloadLines);
        return run(AccessLevel.ADMIN, line, payload);
    }

    String run(AccessLevel level, String line, String payload) {
        return run(level, words(line), payload);
    }

    String run(AccessLevel level, List<String> words, String payload) {
        SessionState session = new SessionState(level, SeverityOutput.NONE, Duration.ofSeconds(10));
        CommandContext ctx = new CommandContext(words, payload, session, runtime, registry);
        return render(registry.dispatch(ctx));
    }

    /**
     * Runs the single command of {@code text} (a command line ending with LF), with its payload when the line ends
     * with a {@code <<} or {@code <<PATTERN} marker: the payload lines up to the empty (or pattern) line.
     */
    String execute(AccessLevel level, String text) {
        String[] lines = text.split("\n", -1);
        List<String> words = words(lines[0]);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (!last.startsWith("<<")) {
            return run(level, words, null);
        }
        String end = last.substring(2);
        words = words.subList(0, words.size() - 1);
        List<String> payload = new ArrayList<>();
        for (int i = 1; i < lines.length && !lines[i].equals(end); i++) {
            payload.add(lines[i]);
        }
        return run(level, words, payload.isEmpty() ? "\n" : String.join("\n", payload));
    }

    static String render(Reply reply) {
        if (reply instanceof Reply.Message m) {
            return m.text();
        }
        if (reply instanceof Reply.Stream s) {
            StringBuilder b = new StringBuilder();
            while (s.source().produce(b, 4096)) {
                // keep pulling
            }
            return b.toString();
        }
        return "";
    }

    /** Splits a command line on spaces and tabs (no quoting: test commands do not need it). */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>(Arrays.asList(line.trim().split("[ \t]+")));
        out.removeIf(String::isEmpty);
        return out;
    }
}
