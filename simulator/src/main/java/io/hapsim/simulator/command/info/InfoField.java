package io.hapsim.simulator.command.info;

import io.hapsim.simulator.state.RuntimeState;
import io.hapsim.simulator.state.Uptime;

/** One {@code show info} line: its name and how its value is computed from the simulated process. */
record InfoField(String name) {

    String value(RuntimeState runtime) {
        Uptime uptime = runtime.process().uptime();
        return switch (name) {
            case "Name" -> "HAProxy";
            case "Version", "Build info" -> runtime.profile().version();
            case "Release_date" -> runtime.profile().releaseDate();
            case "Nbthread" -> Integer.toString(runtime.process().threads());
            case "Nbproc", "Process_num" -> "1";
            case "Pid" -> Long.toString(runtime.process().pid());
            case "Uptime" -> uptime.infoText();
            case "Uptime_sec" -> Long.toString(uptime.seconds());
            case "Start_time_sec" -> Long.toString(runtime.process().startedAt().getEpochSecond());
            case "Ulimit-n", "Maxsock" -> "4036";
            case "Maxconn", "Hard_maxconn" -> "2000";
            case "Idle_pct" -> "100";
            case "node" -> "hapsim";
            default -> "0";
        };
    }
}
