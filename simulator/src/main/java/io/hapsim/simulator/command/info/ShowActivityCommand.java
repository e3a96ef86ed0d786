package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@code show activity}: the version's per-thread activity counters, each as its total then one value per thread
 * in brackets. Meaningful: the thread count, {@code date_now} and {@code uptime_now}. Plausible only: the counters,
 * those an idle process moves at the same small value on every thread ({@code avg_loop_us} an average, so not
 * summed), the others 0. Its thread selector is not simulated.
 */
final class ShowActivityCommand implements CommandHandler {

    /** What an idle process with a few CLI connections counts per thread; any counter not here stays 0. */
    private static final Map<String, Integer> IDLE_PER_THREAD = Map.of("ctxsw", 12, "tasksw", 8, "empty_rq", 3,
            "loops", 6, "poll_io", 5, "stream_calls", 4, "accepted", 2, "accq_pushed", 2);
    private static final String AVERAGE_LOOP = "avg_loop_us";
    private static final int AVERAGE_LOOP_MICROS = 4;

    @Override
    public Reply handle(CommandContext ctx) {
        Diagnostics diagnostics = Diagnostics.of(ctx.profile());
        int threads = ctx.runtime().process().threads();
        Instant now = Instant.now();
        StringBuilder out = new StringBuilder("thread_id: 1 (1..").append(threads).append(")\n")
                .append("date_now: ").append(secondsAndMicros(Duration.ofSeconds(now.getEpochSecond(), now.getNano())))
                .append('\n');
        if (diagnostics.activityUptime()) {
            out.append("uptime_now: ")
                    .append(secondsAndMicros(Duration.between(ctx.runtime().process().startedAt(), now))).append('\n');
        }
        for (String counter : diagnostics.activityCounters()) {
            boolean average = counter.equals(AVERAGE_LOOP);
            int perThread = average ? AVERAGE_LOOP_MICROS : IDLE_PER_THREAD.getOrDefault(counter, 0);
            out.append(counter).append(": ").append(average ? perThread : perThread * threads).append(" [");
            for (int thread = 0; thread < threads; thread++) {
                out.append(' ').append(perThread);
            }
            out.append(" ]\n");
        }
        return Reply.text(out.toString());
    }

    private static String secondsAndMicros(Duration duration) {
        return String.format("%d.%06d", duration.getSeconds(), duration.getNano() / 1000);
    }
}
