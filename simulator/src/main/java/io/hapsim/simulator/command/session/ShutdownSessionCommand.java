package io.hapsim.simulator.command.session;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.CliStream;

/**
 * {@code shutdown session <pointer>} (admin), as 2.6 to 3.4 answer it: the CLI connection of that {@code show sess}
 * pointer is closed (its client reads the end, after the answer of a command it was running; the asking one's
 * own answer still goes out), and the answer is empty. A word that reads as no pointer and a pointer of no stream
 * are errors; words after the pointer are ignored.
 */
final class ShutdownSessionCommand implements CommandHandler {

    @Override
    public Reply handle(CommandContext ctx) {
        long pointer = StreamPointer.read(ctx.arg(2));
        if (pointer == 0) {
            return Reply.error("Session pointer expected (use 'show sess').\n");
        }
        CliStream stream = ctx.runtime().streams().find(pointer);
        if (stream == null) {
            return Reply.error("No such session (use 'show sess').\n");
        }
        stream.shutdown();
        return Reply.EMPTY;
    }
}
