package io.hapsim.simulator.command.proxy;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.events.Severity;
import io.hapsim.simulator.config.TimeValue;
import io.hapsim.simulator.state.proxy.Proxy;
import io.hapsim.simulator.state.proxy.Server;
import java.util.Optional;

/**
 * {@code wait <duration> [srv-removable <backend>/<server> | be-removable <backend>]}: sleeps, or waits until a
 * server or backend may be deleted. Nothing ever holds connections in hapsim, so a condition is settled at once:
 * removable ("Done.") or never ("Failed.", with the reason since 3.3); only the plain sleep takes its time.
 */
final class WaitCommand implements CommandHandler {

    private static final String USAGE = """
            Usage: wait {-h|<duration>} [condition [args...]]
              - '-h' displays this help
              - <duration> is the maximum wait time, optionally suffixed by the unit among
                'us', 'ms', 's', 'm', 'h', and 'd'. ; the default unit is milliseconds.
              - <condition> indicates what to wait for, no longer than the specified
                duration. Supported conditions are:
                - <none> : by default, just sleep for the specified duration.
                - srv-removable <px>/<sv> : wait for this server to become removable.
            """;
    private static final String BACKEND_CONDITION =
            "    - be-removable <px> : wait for this backend to become removable.\n";
    private static final String DONE = "Done.\n";

    @Override
    public Reply handle(CommandContext ctx) {
        String duration = ctx.arg(1);
        if (duration.isEmpty()) {
            return Reply.error("Expects a duration in milliseconds.\n");
        }
        TimeValue time = TimeValue.read(duration, TimeValue.Unit.MILLISECONDS);
        long millis = time.problem() == TimeValue.Problem.NONE ? time.value() : 0;
        int conditionAt = 2;
        if (millis < 1) {
            if (!duration.equals("-h")) {
                return Reply.error("Invalid duration.\n");
            }
            conditionAt = 1; // "-h" then reads as the condition, which asks for the help
        } else {
            String warning = time.ignoredTextWarning(duration);
            if (warning != null) {
                ctx.runtime().log().warning(warning);
            }
        }
        String condition = ctx.arg(conditionAt);
        String subject = ctx.arg(conditionAt + 1);
        boolean backendCondition = ctx.profile().waitsForBackendRemoval();
        if (condition.equals("srv-removable")) {
            return serverRemovable(ctx, subject);
        }
        if (condition.equals("be-removable") && backendCondition) {
            if (subject.isEmpty()) {
                return Reply.error("Missing backend name.\n");
            }
            return settled(ctx, BackendRemoval.obstacle(ctx.runtime().proxies(), subject));
        }
        if (!condition.isEmpty()) {
            String usage = backendCondition ? USAGE + BACKEND_CONDITION : USAGE;
            return condition.equals("-h") ? Reply.info(usage) : Reply.error(usage);
        }
        return new Reply.Delayed(millis, new Reply.Message(Severity.INFO, DONE));
    }

    private static Reply serverRemovable(CommandContext ctx, String subject) {
        if (subject.isEmpty()) {
            return Reply.error("Missing server name (<backend>/<server>).\n");
        }
        int slash = subject.indexOf('/');
        if (slash < 0 || slash == subject.length() - 1) {
            return Reply.error("Require 'backend/server'.\n");
        }
        Optional<Proxy> backend = ctx.runtime().proxies().backend(subject.substring(0, slash));
        if (backend.isEmpty()) {
            return settled(ctx, "No such backend.");
        }
        Optional<Server> server = backend.get().serverByNameOrId(subject.substring(slash + 1));
        if (server.isEmpty()) {
            return settled(ctx, "No such server.");
        }
        return settled(ctx, ServerRemoval.obstacle(server.get(), ProxyBehaviour.of(ctx.profile())));
    }

    /** The answer to a condition that is met (no obstacle) or never will be. */
    private static Reply settled(CommandContext ctx, String obstacle) {
        if (obstacle == null) {
            return Reply.info(DONE);
        }
        return Reply.error(ctx.profile().waitFailureGivesReason() ? "Failed. " + obstacle + "\n" : "Failed.\n");
    }
}
