package io.hapsim.simulator.master;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.state.Uptime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code show proc} on the master: the master, its current workers, the workers leaving after a reload, and (up to
 * 3.1) the heading of the programs, which hapsim does not run. Each column is 15 wide, the heading's first one 14
 * after its {@code #}.
 */
final class ShowProcCommand implements CommandHandler {

    private final MasterProcesses processes;

    ShowProcCommand(MasterProcesses processes) {
        this.processes = processes;
    }

    @Override
    public Reply handle(CommandContext ctx) {
        String version = ctx.profile().version();
        Instant now = Instant.now();
        StringBuilder out = new StringBuilder(String.format("#%-14s %-15s %-15s %-15s %-15s\n", "<PID>", "<type>",
                "<reloads>", "<uptime>", "<version>"));
        row(out, processes.masterPid(), "master", processes.reloads() + " [failed: " + processes.failedReloads() + "]",
                processes.masterStartedAt(), now, version);
        out.append("# workers\n");
        List<WorkerProcess> workers = processes.workers();
        workers.stream().filter(worker -> !worker.leaving()).forEach(worker -> row(out, worker.pid(), "worker",
                Integer.toString(worker.reloads()), worker.startedAt(), now, version));
        List<WorkerProcess> leaving = workers.stream().filter(WorkerProcess::leaving).toList();
        if (!leaving.isEmpty()) {
            out.append("# old workers\n");
            leaving.forEach(worker -> row(out, worker.pid(), "worker", Integer.toString(worker.reloads()),
                    worker.startedAt(), now, version));
        }
        if (ctx.profile().masterCli().listsEmptyPrograms()) {
            out.append("# programs\n");
        }
        return Reply.text(out.toString());
    }

    private static void row(StringBuilder out, long pid, String type, String reloads, Instant startedAt, Instant now,
            String version) {
        out.append(String.format("%-15d %-15s %-15s %-15s %-15s\n", pid, type, reloads,
                new Uptime(Math.max(0, Duration.between(startedAt, now).getSeconds())).procText(), version));
    }
}
