package io.hapsim.tool;

import io.hapsim.client.CliAddress;
import io.hapsim.client.master.MasterCli;
import io.hapsim.client.master.ProcessEntry;
import io.hapsim.client.master.ReloadResult;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code hapsim reload}: reloads HAProxy through its master socket and says how it went, on every version (3.0+
 * answer with the start-up log; before, the master's counters tell).
 */
@Command(name = "reload", mixinStandardHelpOptions = true,
        description = {"Reload HAProxy through its master socket (-s, haproxy -W -S) and report the outcome.",
            "The new worker starts from the files on disk: every runtime change (maps, servers) is lost."},
        footer = {"", "Exit 0 when the new worker runs, 1 when the configuration no longer loads or another reload"
            + " is in progress (the workers running stay), 3 when the master cannot be reached."})
final class ReloadCommand extends ClientCommand {

    @Override
    int run() {
        MasterCli master = MasterCli.of(CliAddress.parse(socket.socket), socket.options());
        ReloadResult result = master.reload();
        if (socket.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("socket", master.address().toString());
            doc.put("success", true);
            result.newWorkerPid().ifPresent(pid -> doc.put("newWorkerPid", pid));
            doc.put("workers", result.processes().workers().stream().map(ProcessEntry::pid).toList());
            doc.put("oldWorkers", result.processes().oldWorkers().stream().map(ProcessEntry::pid).toList());
            doc.put("startupLog", result.startupLog());
            output.json(doc);
        } else {
            result.startupLog().forEach(output::line);
            output.line("reloaded" + result.newWorkerPid().stream().mapToObj(pid -> ": new worker " + pid)
                    .findFirst().orElse(""));
        }
        return ExitCodes.OK;
    }
}
