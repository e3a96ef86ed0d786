package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;

/**
 * {@code show tasks}: the tasks in the run queues, by function. An idle real process usually has none queued at
 * the moment it answers (real 3.0 once showed the asking connection's own I/O callback); the simulator never has.
 */
final class ShowTasksCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        return Reply.text("Running tasks: 0 (" + ctx.runtime().process().threads() + " threads)\n  "
                + Diagnostics.of(ctx.profile()).tasksHeader() + "\n");
    }
}
