package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code show threads}: one block per thread of the process, the first marked {@code *} as the one answering (the
 * simulator's CLI has no threads of its own, so thread 1 always answers). The layout is each version's; the values
 * are plausible only: the thread ids and every pointer are fixed addresses of the shape a 64-bit process has, the
 * {@code cpu_ns} counters grow with the simulator's uptime, and the answering thread's task, lock history and call
 * trace are what real HAProxy printed while running the CLI.
 */
final class ShowThreadsCommand implements CommandHandler {

    private static final long FIRST_THREAD_ID = 0x7f14da7bf140L;
    private static final long SECOND_THREAD_ID = 0x7f14d9fff6c0L;
    private static final long THREAD_STACK_SPACING = 0x800000L;

    @Override
    public Reply handle(CommandContext ctx) {
        Diagnostics diagnostics = Diagnostics.of(ctx.profile());
        long upNanos = Duration.between(ctx.runtime().process().startedAt(), Instant.now()).toNanos();
        StringBuilder out = new StringBuilder();
        for (int thread = 1; thread <= ctx.runtime().process().threads(); thread++) {
            boolean asking = thread == 1;
            long id = asking ? FIRST_THREAD_ID : SECOND_THREAD_ID - (thread - 2) * THREAD_STACK_SPACING;
            long poll = asking ? 60_000_000L + upNanos / 1000 : 1_300_000L + upNanos / 10_000;
            long diff = asking ? 41_780 : 24_426;
            out.append(asking ? "* " : "  ").append("Thread ").append(thread).append(" : id=0x")
                    .append(Long.toHexString(id)).append(" act=").append(asking ? 1 : 0).append(" glob=0 wq=")
                    .append(asking ? 1 : 0).append(" rq=0 tl=0 tlsz=0 rqsz=0\n")
                    .append(String.format("      1/%-2d   ", thread))
                    .append(diagnostics.threadCounters().replace("{loops}", asking ? "3" : "1")
                            .replace("{ctxsw}", asking ? "10" : "0").replace("{harmless}", asking ? "0" : "1"))
                    .append("\n             cpu_ns: poll=").append(poll).append(" now=").append(poll + diff)
                    .append(" diff=").append(diff).append('\n')
                    .append(asking ? diagnostics.askingThread() : diagnostics.idleThread());
        }
        return Reply.text(out.toString());
    }
}
