package io.hapsim.simulator.command;

import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.version.VersionProfile;
import java.util.List;

/**
 * What a command sees: its words (already split and unescaped, Latin-1), its payload, the connection's state and
 * the process's state.
 */
public final class CommandContext {

    private final List<String> args;
    private final String payload;
    private final SessionState session;
    private final RuntimeState runtime;
    private final CommandRegistry registry;

    public CommandContext(List<String> args, String payload, SessionState session, RuntimeState runtime,
            CommandRegistry registry) {
        this.args = List.copyOf(args);
        this.payload = payload;
        this.session = session;
        this.runtime = runtime;
        this.registry = registry;
    }

    /** All words of the command, the keyword's words included. */
    public List<String> args() {
        return args;
    }

    /** The word at {@code index}, or an empty string past the end (as HAProxy's argument array reads). */
    public String arg(int index) {
        return index < args.size() ? args.get(index) : "";
    }

    /** The payload that followed a {@code <<} marker, or {@code null} when there was none. */
    public String payload() {
        return payload;
    }

    public SessionState session() {
        return session;
    }

    public RuntimeState runtime() {
        return runtime;
    }

    public VersionProfile profile() {
        return runtime.profile();
    }

    public CommandRegistry registry() {
        return registry;
    }
}
