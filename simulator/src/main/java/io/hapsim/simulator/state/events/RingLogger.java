package io.hapsim.simulator.state.events;

import java.util.List;
import java.util.Optional;

/**
 * A {@code log ring@<name> [len <n>] [format <f>] [sample <r>:<s>] <facility> [<level> [<minlevel>]]} line: where a
 * proxy's log messages go when their target is an event ring. Other targets (syslog servers, files) keep nothing a
 * CLI can show, so hapsim does not read them.
 *
 * @param ring     the ring's name
 * @param format   the line's own {@code format}, or null for the ring's
 * @param facility the syslog facility, numbered
 * @param maxLevel the least severe level sent
 * @param minLevel a more severe message is sent at this level
 */
public record RingLogger(String ring, String format, int facility, Severity maxLevel, Severity minLevel) {

    private static final String RING_PREFIX = "ring@";
    private static final List<String> FACILITIES = List.of("kern", "user", "mail", "daemon", "auth", "syslog", "lpr",
            "news", "uucp", "cron", "auth2", "ftp", "ntp", "audit", "alert", "cron2", "local0", "local1", "local2",
            "local3", "local4", "local5", "local6", "local7");

    /** The logger a configuration's {@code log} line declares, if it sends to a ring and reads well. */
    public static Optional<RingLogger> read(List<String> words) {
        if (words.size() < 3 || !words.get(1).startsWith(RING_PREFIX)) {
            return Optional.empty();
        }
        String format = null;
        int i = 2;
        while (i + 1 < words.size() && List.of("len", "format", "sample").contains(words.get(i))) {
            if (words.get(i).equals("format")) {
                format = words.get(i + 1);
            }
            i += 2;
        }
        int facility = i < words.size() ? FACILITIES.indexOf(words.get(i)) : -1;
        if (facility < 0) {
            return Optional.empty();
        }
        Severity max = i + 1 < words.size() ? Severity.named(words.get(i + 1)).orElse(null) : Severity.DEBUG;
        Severity min = i + 2 < words.size() ? Severity.named(words.get(i + 2)).orElse(null) : Severity.EMERG;
        if (max == null || min == null) {
            return Optional.empty();
        }
        return Optional.of(new RingLogger(words.get(1).substring(RING_PREFIX.length()), format, facility, max, min));
    }

    /**
     * The event a message at {@code level} becomes in a ring whose own format is {@code ringFormat}, or nothing when
     * the level is filtered out. The formats that carry a date and a host name are written as {@code raw}: hapsim
     * does not simulate them.
     */
    public Optional<String> event(Severity level, String message, String ringFormat) {
        if (level.milderThan(maxLevel)) {
            return Optional.empty();
        }
        Severity sent = minLevel.milderThan(level) ? minLevel : level;
        return Optional.of(switch (format != null ? format : ringFormat) {
            case "short" -> "<" + sent.number() + ">" + message;
            case "priority" -> "<" + (facility * 8 + sent.number()) + ">" + message;
            default -> message;
        });
    }
}
