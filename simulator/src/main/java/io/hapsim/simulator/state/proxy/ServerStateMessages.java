package io.hapsim.simulator.state.proxy;

import io.hapsim.simulator.state.events.LogMessage;
import io.hapsim.simulator.state.events.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The warnings HAProxy logs when a server changes state, worded as 2.4 to 3.4 word them (the same in every
 * recorded version). Each message is one line ending with a full stop; the counts are the backend's after the change.
 * A server that goes down from running is an alert to the proxy's log lines; the rest are notices.
 */
final class ServerStateMessages {

    private ServerStateMessages() {
    }

    /**
     * What one administrative change (a single flag set or cleared) logs: entering or leaving maintenance, then,
     * outside maintenance, entering, leaving or staying in drain.
     */
    static List<LogMessage> adminChange(Server server, int before, int after, OpState opBefore) {
        List<LogMessage> messages = new ArrayList<>();
        boolean wasMaint = (before & Server.MAINT) != 0;
        boolean isMaint = (after & Server.MAINT) != 0;
        boolean forcedMaint = (after & Server.FORCED_MAINT) != 0;
        if (!wasMaint && isMaint) {
            if (opBefore == OpState.STOPPED) {
                messages.add(LogMessage.notice(subject(server) + " was DOWN and now enters maintenance"
                        + via(server, forcedMaint)));
            } else {
                messages.add(new LogMessage(goingDown(opBefore), subject(server) + " is going DOWN for maintenance"
                        + via(server, forcedMaint) + counts(server)));
            }
        } else if (wasMaint && !isMaint) {
            String upDown = upOrDown(server) + "/" + ((after & Server.DRAIN) != 0 ? "DRAIN" : "READY");
            String leaving = null;
            if (left(before, after, Server.FORCED_MAINT)) {
                leaving = subject(server) + " is " + upDown + " (leaving forced maintenance)";
            }
            if (left(before, after, Server.INHERITED_MAINT)) {
                leaving = subject(server) + " is " + upDown + " (leaving maintenance)";
            }
            if (leaving != null) {
                messages.add(LogMessage.notice(leaving));
            }
        } else if (isMaint) {
            if (left(before, after, Server.FORCED_MAINT)) {
                messages.add(LogMessage.notice(subject(server)
                        + " is leaving forced maintenance but remains in maintenance" + via(server, false)));
            }
            if (left(before, after, Server.INHERITED_MAINT)) {
                messages.add(LogMessage.notice(subject(server) + " remains in forced maintenance"));
            }
        }
        if (!isMaint) {
            drainChange(server, before, after).map(LogMessage::notice).ifPresent(messages::add);
        }
        return messages;
    }

    /** An operational change forced from the CLI ("set server ... health|agent"), from {@code opBefore}. */
    static LogMessage cliOpChange(Server server, OpState opBefore) {
        String state = switch (server.op()) {
            case STOPPED -> "DOWN";
            case STOPPING -> "stopping";
            case STARTING, RUNNING -> "UP";
        };
        String text = subject(server) + " is " + state + ", changed from CLI" + via(server, false) + counts(server);
        return new LogMessage(server.op() == OpState.STOPPED ? goingDown(opBefore) : Severity.NOTICE, text);
    }

    /** A server going down is an alert, unless it was already stopping. */
    private static Severity goingDown(OpState opBefore) {
        return opBefore == OpState.STOPPING ? Severity.NOTICE : Severity.ALERT;
    }

    /** What a backend that lost its last usable server prints as an alert on standard error. */
    static String noServerAvailable(Proxy proxy) {
        return kind(proxy) + " '" + proxy.name() + "' has no server available!";
    }

    /** The same, as its log lines get it: an emergency, and the name unquoted. */
    static LogMessage noServerAvailableLogged(Proxy proxy) {
        return new LogMessage(Severity.EMERG, kind(proxy) + " " + proxy.name() + " has no server available!");
    }

    private static String kind(Proxy proxy) {
        return proxy.isFrontend() ? "listen" : "backend";
    }

    private static Optional<String> drainChange(Server server, int before, int after) {
        boolean wasDrain = (before & Server.DRAIN) != 0;
        boolean isDrain = (after & Server.DRAIN) != 0;
        boolean forcedDrain = (after & Server.FORCED_DRAIN) != 0;
        String message = null;
        if (!wasDrain && isDrain) {
            message = subject(server) + " enters drain state" + via(server, forcedDrain) + counts(server);
        } else if (wasDrain && !isDrain) {
            message = (before & Server.FORCED_DRAIN) != 0
                    ? subject(server) + " is " + upOrDown(server) + " (leaving forced drain)"
                    : subject(server) + " is " + upOrDown(server) + " (leaving drain)" + via(server, false);
        } else if (isDrain) {
            message = forcedDrain
                    ? subject(server) + " remains in forced drain mode"
                    : subject(server) + " remains in drain mode" + via(server, false);
        }
        return Optional.ofNullable(message);
    }

    private static boolean left(int before, int after, int flag) {
        return (before & flag) != 0 && (after & flag) == 0;
    }

    private static String subject(Server server) {
        return (server.backup() ? "Backup " : "") + "Server " + server.proxy().name() + "/" + server.name();
    }

    private static String upOrDown(Server server) {
        return server.op() == OpState.STOPPED ? "DOWN" : "UP";
    }

    /** The server it tracks, unless the change was forced on this very server. */
    private static String via(Server server, boolean forced) {
        Server tracked = server.tracked();
        return forced || tracked == null ? "" : " via " + tracked.proxy().name() + "/" + tracked.name();
    }

    /** The backend's servers, and its sessions (there are none in a simulation) after the change. */
    private static String counts(Server server) {
        Proxy proxy = server.proxy();
        int active = proxy.activeServers();
        int backup = proxy.backupServers();
        String onBackup = backup > 0 && active == 0 ? " Running on backup." : "";
        return server.op() == OpState.STOPPED
                ? ". " + active + " active and " + backup + " backup servers left." + onBackup
                        + " 0 sessions active, 0 requeued, 0 remaining in queue"
                : ". " + active + " active and " + backup + " backup servers online." + onBackup
                        + " 0 sessions requeued, 0 total in queue";
    }
}
