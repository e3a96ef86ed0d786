package io.hapsim.simulator.master;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.Uptime;
import io.hapsim.simulator.version.ProcListLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code show proc} on the master: the master, its current workers, the workers leaving after a reload (newest first,
 * but on 3.1.0 and 3.3.0), and (up to 3.1) the heading of the programs, which hapsim does not run. Each column is 15
 * wide, the heading's first one 14 after its {@code #}; 2.4 has a column of relative pids more. Past a buffer's worth
 * of processes, each version's limit applies.
 */
final class ShowProcCommand implements CommandHandler {

    /** The master's buffer, whatever tune.bufsize says (measured on 3.0: 4096 does not shorten the listing). */
    private static final int BUFFER = 16384;
    /** What an answer may not use of the buffer before 3.0: the room HAProxy keeps for rewrites. */
    private static final int REWRITE_RESERVE = 1024;

    private final MasterProcesses processes;

    ShowProcCommand(MasterProcesses processes) {
        this.processes = processes;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String version = ctx.profile().version();
        boolean relativePids = ctx.profile().masterCli().relativePids();
        Instant now = Instant.now();
        StringBuilder out = new StringBuilder(relativePids
                ? String.format("#%-14s %-15s %-15s %-15s %-15s %-15s\n", "<PID>", "<type>", "<relative PID>",
                        "<reloads>", "<uptime>", "<version>")
                : String.format("#%-14s %-15s %-15s %-15s %-15s\n", "<PID>", "<type>", "<reloads>", "<uptime>",
                        "<version>"));
        row(out, processes.masterPid(), "master", relativePids ? "0" : null, relativePids
                ? Integer.toString(processes.reloads())
                : processes.reloads() + " [failed: " + processes.failedReloads() + "]",
                processes.masterStartedAt(), now, version);
        out.append("# workers\n");
        List<WorkerProcess> workers = processes.workers();
        String relativePid = relativePids ? Integer.toString(WorkerProcess.RELATIVE_PID) : null;
        workers.stream().filter(worker -> !worker.leaving()).forEach(worker -> row(out, worker.pid(), "worker",
                relativePid, Integer.toString(worker.reloads()), worker.startedAt(), now, version));
        List<WorkerProcess> leaving = new ArrayList<>(workers.stream().filter(WorkerProcess::leaving).toList());
        if (!ctx.profile().masterCli().oldWorkersOldestFirst()) {
            Collections.reverse(leaving);
        }
        if (!leaving.isEmpty()) {
            out.append("# old workers\n");
            String was = relativePids ? "[was: " + WorkerProcess.RELATIVE_PID + "]" : null;
            leaving.forEach(worker -> row(out, worker.pid(), "worker", was, Integer.toString(worker.reloads()),
                    worker.startedAt(), now, version));
        }
        if (ctx.profile().masterCli().listsEmptyPrograms()) {
            out.append("# programs\n");
        }
        return Reply.text(limited(out.toString(), ctx.profile().masterCli().procListLimit()));
    }

    /** The listing as the version writes one longer than its buffer; see {@link ProcListLimit}. */
    private static String limited(String listing, ProcListLimit limit) {
        return switch (limit) {
            case PAGED -> listing;
            case NOTHING_PAST_ROOM -> listing.length() <= BUFFER - REWRITE_RESERVE ? listing : "";
            case LINES_PAST_BUFFER_DROPPED -> {
                StringBuilder kept = new StringBuilder();
                listing.lines().map(line -> line + "\n").filter(line -> kept.length() + line.length() < BUFFER)
                        .forEach(kept::append);
                yield kept.toString();
            }
        };
    }

    /** One process's line; {@code relativePid} is null where the version has no such column. */
    private static void row(StringBuilder out, long pid, String type, String relativePid, String reloads,
            Instant startedAt, Instant now, String version) {
        out.append(String.format("%-15d %-15s ", pid, type));
        if (relativePid != null) {
            out.append(String.format("%-15s ", relativePid));
        }
        out.append(String.format("%-15s %-15s %-15s\n", reloads,
                new Uptime(Math.max(0, Duration.between(startedAt, now).getSeconds())).procText(), version));
    }
}
