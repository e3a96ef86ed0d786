package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.version.StartupLog;
import java.util.List;

/** {@code show startup-logs}: what the process logged while it started, as the version keeps it. */
final class StartupLogsCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        List<String> lines = ctx.runtime().log().startupLines();
        if (lines.isEmpty() && ctx.profile().startupLog() == StartupLog.FROM_FIRST_MESSAGE) {
            // no log was made: HAProxy says so with an empty line
            return Reply.info("\n");
        }
        return Reply.text(String.join("", lines));
    }
}
