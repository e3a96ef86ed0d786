package io.hapsim.simulator.master;

import io.hapsim.simulator.command.CommandGroup;
import io.hapsim.simulator.command.CommandTable;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.session.AccessLevel;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The commands only a master runs. The rest of its CLI (help, levels, modes, {@code show version},
 * {@code show startup-logs} ...) are the same commands as a worker's, on the master's own process state; which of
 * them exist there is the master keyword table's answer.
 */
final class MasterCommands implements CommandGroup {

    private final MasterProcesses processes;
    private final Supplier<CompletableFuture<ReloadOutcome>> reload;
    private final Supplier<CompletableFuture<ReloadOutcome>> lastLoad;

    /**
     * {@code reload} runs {@code reload}, on the master's event loop; {@code lastLoad} tells how the last went. Both
     * answer once the configuration is loaded.
     */
    MasterCommands(MasterProcesses processes, Supplier<CompletableFuture<ReloadOutcome>> reload,
            Supplier<CompletableFuture<ReloadOutcome>> lastLoad) {
        this.processes = processes;
        this.reload = reload;
        this.lastLoad = lastLoad;
    }

    @Override
    public void register(CommandTable table) {
        table.command("show proc", new ShowProcCommand(processes));
        // a hard reload stops the old workers at once; hapsim's leave at once after any reload
        table.command("reload", ctx -> reloadAnswer(ctx.profile().masterCli().reloadReports()));
        table.command("hard-reload", ctx -> reloadAnswer(ctx.profile().masterCli().reloadReports()));
        // how the master answers a reload once it runs again; below operator, nothing
        table.commandCheckingItsLevel("_loadstatus", ctx -> ctx.session().level().atLeast(AccessLevel.OPERATOR)
                ? Reply.stream(new LoadReport(lastLoad.get())) : Reply.EMPTY);
    }

    /** Before 3.0 the client hears nothing: the master executes itself again and its connections close. */
    private Reply reloadAnswer(boolean reports) {
        CompletableFuture<ReloadOutcome> outcome = reload.get();
        return reports ? Reply.stream(new LoadReport(outcome)) : Reply.EMPTY;
    }
}
