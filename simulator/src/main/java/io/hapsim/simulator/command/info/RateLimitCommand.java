package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.CNumber;
import io.hapsim.simulator.state.RateLimits;
import java.util.List;

/**
 * {@code set rate-limit connections|sessions|ssl-sessions|http-compression global <value>}, as 2.6 to 3.4 answer it
 * (recorded alike): the value is read as C's atoi reads it (garbage is 0, digits then garbage their number, an
 * overflow wraps), a negative one is out of range, and any other form gets the list of what is supported.
 */
final class RateLimitCommand implements CommandHandler {

    private static final String USAGE = """
            'set rate-limit' only supports :
               - 'connections global' to set the per-process maximum connection rate
               - 'sessions global' to set the per-process maximum session rate
               - 'ssl-sessions global' to set the per-process maximum SSL session rate
               - 'http-compression global' to set the per-process maximum compression speed in kB/s
            """;

    private static final List<String> KINDS = List.of("connections", "sessions", "ssl-sessions", "http-compression");

    @Override
    public Reply handle(CommandContext ctx) {
        String kind = ctx.arg(2);
        if (!ctx.arg(3).equals("global") || !KINDS.contains(kind)) {
            return Reply.error(USAGE);
        }
        if (ctx.arg(4).isEmpty()) {
            return Reply.error("Expects an integer value.\n");
        }
        int value = CNumber.atoi(ctx.arg(4));
        if (value < 0) {
            return Reply.error("Value out of range.\n");
        }
        RateLimits limits = ctx.runtime().rateLimits();
        switch (kind) {
            case "connections" -> limits.setConnections(value);
            case "sessions" -> limits.setSessions(value);
            case "ssl-sessions" -> limits.setSslSessions(value);
            default -> limits.setCompressionKilobytes(value);
        }
        return Reply.EMPTY;
    }
}
