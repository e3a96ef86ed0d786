package io.hapsim.simulator.command.info;

import io.hapsim.simulator.command.CommandContext;
import io.hapsim.simulator.command.CommandHandler;
import io.hapsim.simulator.command.Reply;
import io.hapsim.simulator.config.ListenAddress;
import io.hapsim.simulator.config.StatsSocket;
import io.hapsim.simulator.state.Host;
import io.hapsim.simulator.state.ProcessInfo;
import io.hapsim.simulator.version.ProcessVariable;
import io.hapsim.simulator.version.VersionProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code show env [<name>]}: the process's environment, one {@code NAME=value} per line, or only the variable of
 * exactly that name (what follows the name is ignored; "Variable not found" otherwise), as 2.6 to 3.4 answer it at
 * operator level. The environment is the simulator's own, followed by the {@code HAPROXY_*} variables the version
 * sets for itself (profile field {@code ownEnvironment}), with the values this simulated process gives them; a
 * variable of the same name inherited keeps its place, as {@code setenv} does. {@code HAPROXY_STARTUPLOGS_FD} is a
 * plausible descriptor (3, as 3.0 started in the foreground had it), not an open one.
 */
final class ShowEnvCommand implements CommandHandler {

    /** The secrets of 3.4's TLS key log formats, after the first line, in their order. */
    private static final List<String> KEYLOG_SECRETS = List.of("CLIENT_EARLY_TRAFFIC_SECRET",
            "CLIENT_HANDSHAKE_TRAFFIC_SECRET", "SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0",
            "SERVER_TRAFFIC_SECRET_0", "EXPORTER_SECRET", "EARLY_EXPORTER_SECRET");

    @Override
    public Reply handle(CommandContext ctx) {
        Map<String, String> environment = environment(ctx.profile(), ctx.runtime().process());
        String name = ctx.arg(2);
        if (name.isEmpty()) {
            StringBuilder out = new StringBuilder();
            environment.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
            return Reply.text(out.toString());
        }
        String value = environment.get(name);
        return value == null ? Reply.error("Variable not found\n") : Reply.text(name + "=" + value + "\n");
    }

    private static Map<String, String> environment(VersionProfile profile, ProcessInfo process) {
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        for (ProcessVariable variable : profile.ownEnvironment()) {
            String value = value(variable, profile, process);
            if (value == null) {
                continue;
            }
            if (variable == ProcessVariable.STARTUP_VERSION) {
                environment.putIfAbsent(variable.variableName(), value); // the first version started keeps it
            } else {
                environment.put(variable.variableName(), value);
            }
        }
        return environment;
    }

    /** The variable's value in this process, or null when it has none (no configuration file). */
    private static String value(ProcessVariable variable, VersionProfile profile, ProcessInfo process) {
        return switch (variable) {
            case STARTUP_VERSION -> profile.version();
            case KEYLOG_FC_LOG_FMT -> keylogFormat("fc", " ");
            case KEYLOG_BC_LOG_FMT -> keylogFormat("bc", "  ");
            case BRANCH -> branch(profile.version());
            case LOCALPEER -> Host.name();
            case STARTUPLOGS_FD -> "3";
            case CFGFILES -> process.configFile() != null ? process.configFile().toString() : null;
            case CLI -> process.cliSockets().stream().map(StatsSocket::address)
                    .map(ListenAddress::qualified).collect(Collectors.joining(";"));
        };
    }

    /** {@code 3.2} of {@code 3.2.26-1}. */
    private static String branch(String version) {
        String[] parts = version.split("[.-]", 3);
        return parts[0] + "." + parts[1];
    }

    /** 3.4's default TLS key log format of a side ({@code fc}, {@code bc}), as its environment shows it. */
    private static String keylogFormat(String side, String afterRandom) {
        String random = "%[ssl_" + side + "_client_random,hex]";
        StringBuilder format = new StringBuilder("CLIENT_RANDOM ").append(random).append(afterRandom)
                .append("%[ssl_").append(side).append("_session_key,hex]");
        for (String secret : KEYLOG_SECRETS) {
            format.append('\n').append(secret).append(' ').append(random).append(" %[ssl_").append(side)
                    .append('_').append(secret.toLowerCase(Locale.ROOT)).append(']');
        }
        return format.toString();
    }
}
