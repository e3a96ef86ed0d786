package io.hapsim.simulator.control;

import io.hapsim.simulator.journal.Journal;
import io.hapsim.simulator.journal.RecordedCommand;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code journal} and {@code journal/connections} of one simulator, as JSON lines: one command (or connection) per
 * line. {@code ?since=SEQ} gives the commands after that sequence, {@code &wait=MS} waits up to MS milliseconds for
 * one when there is none yet (a long poll).
 */
final class JournalResource {

    private static final long MAX_WAIT_MILLIS = 60_000;

    private JournalResource() {
    }

    /** The answer to send (null: 204). */
    static Object handle(String method, List<String> path, Journal journal, Map<String, String> query)
            throws InterruptedException {
        if (path.size() == 2 && path.get(1).equals("connections")) {
            ControlHandler.allow(method, "GET");
            return new JsonLines(journal.connections().stream().map(JsonViews::connection).toList());
        }
        if (path.size() != 1) {
            throw new HttpError(404, "expected journal or journal/connections");
        }
        ControlHandler.allow(method, "GET", "DELETE");
        if (method.equals("DELETE")) {
            journal.clear();
            return null;
        }
        long since = query.containsKey("since") ? Long.parseLong(query.get("since")) : 0;
        long wait = query.containsKey("wait") ? Math.min(MAX_WAIT_MILLIS, Long.parseLong(query.get("wait"))) : 0;
        List<RecordedCommand> commands = journal.commandsSince(since, Duration.ofMillis(wait));
        return new JsonLines(commands.stream().map(JsonViews::command).toList());
    }
}
