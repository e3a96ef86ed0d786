package io.hapsim.simulator.command.info;

import io.hapsim.simulator.state.ProcessCounters;
import io.hapsim.simulator.state.ProcessInfo;
import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.Uptime;

/**
 * One {@code show info} field: its position in the version's field table (what "typed" prints), its name, the tags
 * and type "typed" prints, the description "desc" prints, and how its value is computed from the simulated process.
 */
record InfoField(int position, String name, String tags, String type, String description) {

    String value(RuntimeState runtime) {
        ProcessInfo process = runtime.process();
        ProcessCounters counters = runtime.counters();
        Uptime uptime = process.uptime();
        return switch (name) {
            case "Name" -> "HAProxy";
            case "Version", "Build info" -> runtime.profile().version();
            case "Release_date" -> runtime.profile().releaseDate();
            case "Nbthread" -> Integer.toString(process.threads());
            case "Nbproc", "Process_num" -> "1";
            case "Pid" -> Long.toString(process.pid());
            case "Uptime" -> uptime.infoText();
            case "Uptime_sec" -> Long.toString(uptime.seconds());
            case "Start_time_sec" -> Long.toString(process.startedAt().getEpochSecond());
            case "Ulimit-n", "Maxsock" -> Integer.toString(process.limits().maxsock());
            case "Maxconn" -> Integer.toString(runtime.proxies().globalMaxconn()); // set maxconn global moves it
            case "Hard_maxconn" -> Integer.toString(process.limits().maxconn());
            // the CLI's connections are not proxy connections (CurrConns), but each is a request and a stream
            case "CumConns", "CumReq", "CumStreams" -> Long.toString(counters.cumulativeConnections());
            case "CurrStreams" -> Integer.toString(counters.currentConnections());
            case "Jobs" -> Integer.toString(process.listeners() + counters.currentConnections()
                    + runtime.profile().backgroundJobs());
            case "Listeners" -> Integer.toString(process.listeners());
            // a worker's link to its master is a listener a soft stop leaves running
            case "Unstoppable Jobs" -> Long.toString(process.cliSockets().stream()
                    .filter(socket -> socket.address().isMasterLink()).count());
            case "TotalBytesOut" -> Long.toString(counters.bytesSent());
            case "BootTime_ms" -> Long.toString(counters.bootTime().toMillis());
            case "Idle_pct" -> "100";
            case "TotalWarnings" -> Integer.toString(runtime.log().warningCount());
            case "PatternsAdded" -> Long.toString(runtime.patterns().tally().addedCount());
            case "PatternsFreed" -> Long.toString(runtime.patterns().tally().freedCount());
            case "NbThreadGroups" -> "1"; // HAProxy puts up to 64 threads in one group
            case "ConnRateLimit" -> Integer.toString(runtime.rateLimits().connections());
            case "SessRateLimit" -> Integer.toString(runtime.rateLimits().sessions());
            case "SslRateLimit" -> Integer.toString(runtime.rateLimits().sslSessions());
            case "CompressBpsRateLim" -> runtime.rateLimits().compressionBytesText();
            case "Tasks" -> Integer.toString(runtime.proxies().tasks(runtime.profile().taskCount(), process.threads(),
                    counters.currentConnections()));
            case "node" -> process.node();
            default -> "0";
        };
    }
}
