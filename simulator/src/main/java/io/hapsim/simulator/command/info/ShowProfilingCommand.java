package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/**
 * {@code show profiling}: task profiling as HAProxy starts it (automatic, off until the process is loaded) and
 * memory profiling off, so no activity was measured. Its selectors and {@code set profiling} are not simulated.
 */
final class ShowProfilingCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        Diagnostics diagnostics = Diagnostics.of(ctx.profile());
        return Reply.text("Per-task CPU profiling              : auto-off      # set profiling tasks {on|auto|off}\n"
                + "Memory usage profiling              : off           # set profiling memory {on|off}\n"
                + (diagnostics.profilingWindow() ? "Tasks activity over 0.000 sec till 0.000 sec ago:\n"
                        : "Tasks activity:\n")
                + "  " + diagnostics.profilingHeader() + "\n");
    }
}
