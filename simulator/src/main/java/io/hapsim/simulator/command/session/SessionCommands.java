package io.hapsim.simulator.command.session;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.TimeValue;
import io.hapsim.simulator.session.AccessLevel;
import io.hapsim.simulator.session.SessionState;
import io.hapsim.simulator.session.SeverityOutput;
import java.time.Duration;
import java.util.Locale;

/**
 * Commands about the connection itself (help, quit, levels, modes, timeout, message prefixes) and about the CLI
 * connections as the process's streams ({@code show sess}, {@code shutdown session}).
 */
public final class SessionCommands implements CommandGroup {

    @Override
    public void register(CommandTable table) {
        table.command("help", ctx -> Reply.info(ctx.registry().help(ctx.args().subList(1, ctx.args().size()), ctx.session())));
        table.command("prompt", new PromptCommand());
        table.command("quit", ctx -> new Reply.Quit());
        table.commandCheckingItsLevel("operator", ctx -> lowerLevel(ctx, AccessLevel.OPERATOR));
        table.commandCheckingItsLevel("user", ctx -> lowerLevel(ctx, AccessLevel.USER));
        table.command("expert-mode", ctx -> toggleMode(ctx, "expert-mode", SessionState::expertMode,
                SessionState::expertMode));
        table.command("experimental-mode", ctx -> toggleMode(ctx, "experimental-mode",
                SessionState::experimentalMode, SessionState::experimentalMode));
        // a master's keyword only: a worker's catalog does not have it
        table.command("mcli-debug-mode", ctx -> toggleMode(ctx, "mcli-debug-mode", SessionState::masterDebugMode,
                SessionState::masterDebugMode));
        table.command("show cli level", ctx -> Reply.info(ctx.session().level().word() + "\n"));
        table.command("show cli sockets", new CliSocketsCommand());
        table.command("show sess", AccessLevel.OPERATOR, new ShowSessCommand());
        table.command("shutdown session", AccessLevel.ADMIN, new ShutdownSessionCommand());
        table.command("set severity-output", SessionCommands::setSeverityOutput);
        table.command("set timeout", SessionCommands::setTimeout);
    }

    /** {@code operator} / {@code user}: lowers (never raises) the level; a trailing {@code -} drops the terminator. */
    private static Reply lowerLevel(CommandContext ctx, AccessLevel target) {
        if (ctx.arg(1).equals("-")) {
            ctx.session().suppressTerminator();
        }
        if (!ctx.session().level().atLeast(target)) {
            return Reply.permissionDenied();
        }
        ctx.session().lowerLevel(target);
        return Reply.EMPTY;
    }

    private interface ModeGetter {
        boolean get(SessionState state);
    }

    private interface ModeSetter {
        void set(SessionState state, boolean on);
    }

    /** {@code expert-mode [on|off]}: admin only; without argument reports the mode. */
    private static Reply toggleMode(CommandContext ctx, String name, ModeGetter getter, ModeSetter setter) {
        if (!ctx.arg(1).isEmpty() && ctx.arg(2).equals("-")) {
            ctx.session().suppressTerminator();
        }
        if (!ctx.session().level().atLeast(AccessLevel.ADMIN)) {
            return Reply.permissionDenied();
        }
        if (ctx.arg(1).isEmpty()) {
            return Reply.info(name + " is " + (getter.get(ctx.session()) ? "ON" : "OFF") + "\n");
        }
        setter.set(ctx.session(), ctx.arg(1).equals("on"));
        return Reply.EMPTY;
    }

    /** {@code set severity-output <none|number|string> [-]}: a trailing {@code -} drops the terminator (3.0+). */
    private static Reply setSeverityOutput(CommandContext ctx) {
        if (ctx.arg(3).equals("-") && ctx.profile().severityOutputDash()) {
            ctx.session().suppressTerminator();
        }
        String choice = ctx.arg(2);
        for (SeverityOutput output : SeverityOutput.values()) {
            if (output.name().toLowerCase(Locale.ROOT).equals(choice)) {
                ctx.session().severityOutput(output);
                return Reply.EMPTY;
            }
        }
        return Reply.error("one of 'none', 'number', 'string' is a required argument\n");
    }

    /** {@code set timeout cli <delay>}: this connection's idle timeout, in seconds unless a unit is given. */
    private static Reply setTimeout(CommandContext ctx) {
        if (!ctx.arg(2).equals("cli")) {
            return Reply.error("'set timeout' only supports 'cli'.\n");
        }
        if (ctx.arg(3).isEmpty()) {
            return Reply.error("Expects an integer value.\n");
        }
        // in whole seconds, rounded up: 500ms is one second, 0 is refused
        TimeValue delay = TimeValue.read(ctx.arg(3), TimeValue.Unit.SECONDS);
        if (delay.problem() != TimeValue.Problem.NONE || delay.value() < 1) {
            return Reply.error("Invalid timeout value.\n");
        }
        String warning = delay.ignoredTextWarning(ctx.arg(3));
        if (warning != null) {
            ctx.runtime().log().warning(warning);
        }
        ctx.session().idleTimeout(Duration.ofSeconds(delay.value()));
        return Reply.EMPTY;
    }
}
