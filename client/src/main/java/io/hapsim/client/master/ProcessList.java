package io.hapsim.client.master;

import io.hapsim.client.error.HaproxyException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The master's {@code show proc}, parsed: the master, the current workers, and the old workers still finishing their
 * connections after a reload. Programs (listed by versions up to 3.1) are left out.
 *
 * @param master     the master process
 * @param workers    the current workers (the newest first, as HAProxy lists them)
 * @param oldWorkers the workers of former configurations, leaving
 */
public record ProcessList(ProcessEntry master, List<ProcessEntry> workers, List<ProcessEntry> oldWorkers) {

    /** pid, type, [relative pid], reloads, [failed: N], uptime, version; columns are padded with spaces. */
    private static final Pattern ROW = Pattern.compile(
            "^(\\d+)\\s+(\\S+)\\s+(?:(\\d+)\\s+)?(\\d+)(?:\\s+\\[failed: (\\d+)\\])?\\s+(\\S+)\\s+(\\S+)\\s*$");

    public ProcessList {
        workers = List.copyOf(workers);
        oldWorkers = List.copyOf(oldWorkers);
    }

    /** Parses {@code show proc}'s answer; a line that is not a process in a known section fails. */
    public static ProcessList parse(String answer) {
        boolean relativeColumn = false;
        ProcessEntry master = null;
        List<ProcessEntry> workers = new ArrayList<>();
        List<ProcessEntry> oldWorkers = new ArrayList<>();
        List<ProcessEntry> section = null;
        for (String line : answer.split("\n")) {
            if (line.startsWith("#<PID>")) {
                // older versions have a column of relative pids between the type and the reloads
                relativeColumn = line.contains("<relative PID>");
            } else if (line.startsWith("# workers")) {
                section = workers;
            } else if (line.startsWith("# old workers")) {
                section = oldWorkers;
            } else if (line.startsWith("# ")) {
                section = null; // programs, or a section this client does not know
            } else if (!line.isBlank()) {
                ProcessEntry entry = entry(line, relativeColumn, answer);
                if (master == null && entry.type().equals("master")) {
                    master = entry;
                } else if (section != null) {
                    section.add(entry);
                }
            }
        }
        if (master == null) {
            throw new HaproxyException("'show proc' listed no master: " + abbreviate(answer));
        }
        return new ProcessList(master, workers, oldWorkers);
    }

    private static ProcessEntry entry(String line, boolean relativeColumn, String answer) {
        Matcher m = ROW.matcher(line);
        if (!m.matches() || (m.group(3) != null) != relativeColumn) {
            throw new HaproxyException("'show proc' gave a line this client cannot read: '" + line + "' in "
                    + abbreviate(answer));
        }
        return new ProcessEntry(Long.parseLong(m.group(1)), m.group(2), optionalInt(m.group(3)),
                Integer.parseInt(m.group(4)), optionalInt(m.group(5)), m.group(6), m.group(7));
    }

    private static OptionalInt optionalInt(String digits) {
        return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }

    private static String abbreviate(String answer) {
        String text = answer.strip();
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    /** The master's failed reloads, or 0 where the version does not show them. */
    public int failedReloads() {
        return master.failedReloads().orElse(0);
    }
}
